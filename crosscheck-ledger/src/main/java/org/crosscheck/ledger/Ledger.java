package org.crosscheck.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.crosscheck.json.ReportJson;
import org.crosscheck.ledger.consensus.EventRefresher;
import org.crosscheck.ledger.edit.AnalystFigures;
import org.crosscheck.ledger.edit.Corrections;
import org.crosscheck.ledger.edit.Detacher;
import org.crosscheck.ledger.edit.History;
import org.crosscheck.ledger.edit.Merger;
import org.crosscheck.ledger.edit.Splitter;
import org.crosscheck.ledger.edit.Target;
import org.crosscheck.ledger.export.Exporter;
import org.crosscheck.ledger.ingest.Ingester;
import org.crosscheck.ledger.query.EventFinder;
import org.crosscheck.ledger.query.PartyFilter;
import org.crosscheck.ledger.store.ClaimDao;
import org.crosscheck.ledger.store.Counts;
import org.crosscheck.ledger.store.Database;
import org.crosscheck.ledger.store.EventPartyDao;
import org.crosscheck.ledger.store.H2Files;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.MatchDecisionDao;
import org.crosscheck.ledger.store.PartyRole;
import org.crosscheck.ledger.store.ReportDao;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;

/**
 * The ledger across reports, stored in embedded H2 (a file in {@link CrosscheckConfig#ledgerDir()}) or in
 * PostgreSQL (when the config carries a JDBC URL). Open it, use it, close it.
 *
 * <p>A facade over the ledger's rooms, one per stage: {@code store} (the database and one DAO per table),
 * {@code ingest} (reports, versions, copies), {@code match} (which ledger event a report's event belongs to),
 * {@code consensus} (what an event shows, from its reports, claims and edits), {@code edit} (analysts' changes
 * and history), {@code query} (filtered reads) and {@code export}.
 *
 * <p>Thread-safety: one instance may be shared by any number of threads. Reads run concurrently on a
 * connection pool; writes (ingest, edits, merges, splits) are serialised (see {@link Database}). Every write is
 * one transaction: a report is stored whole (report, events, claims, matching decisions) or not at all, so a
 * killed process leaves a store that holds only whole reports, and a re-run completes it.
 */
public final class Ledger implements AutoCloseable {
    private final Database db;
    private final Clock clock;
    private final ReportJson json = new ReportJson();
    private final Ingester ingester;
    private final EventFinder finder;

    private Ledger(Database db, Clock clock, int selectivePartyRows) {
        this.db = db;
        this.clock = clock;
        this.ingester = new Ingester(db, json, clock);
        this.finder = new EventFinder(new PartyFilter(selectivePartyRows));
    }

    /** Opens (creating or migrating) the ledger the config names. */
    public static Ledger open(CrosscheckConfig config) {
        if (config.jdbcUrl() != null && !config.jdbcUrl().isBlank()) {
            return open(config.jdbcUrl());
        }
        Path dir = config.ledgerDir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ledger folder " + dir, e);
        }
        return open(h2Url(dir));
    }

    /** The JDBC URL of the embedded store in {@code dir}. */
    public static String h2Url(Path dir) {
        return H2Files.url(dir);
    }

    /** Opens the ledger at a JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}). */
    public static Ledger open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC(), PartyFilter.SELECTIVE_ROWS);
    }

    /** For tests: a clock of their own, and the name filter's threshold between its two plans. */
    static Ledger open(String jdbcUrl, Clock clock, int selectivePartyRows) {
        return new Ledger(Database.open(jdbcUrl), clock, selectivePartyRows);
    }

    /** The database product and version, e.g. "PostgreSQL 15.18": tests log it to prove which server ran. */
    public String serverVersion() {
        return db.serverVersion();
    }

    public boolean isPostgres() {
        return db.postgres();
    }

    @Override
    public void close() {
        db.close();
    }

    // ---------------------------------------------------------------- ingest

    /**
     * Extracts and stores a report, unless its body is already stored (then nothing is extracted or changed).
     *
     * @throws org.crosscheck.model.UnreadableReportException from the extractor
     */
    public IngestResult ingest(ReportSource source, ReportExtractor extractor) {
        Long existing = ingester.stored(source.body());
        if (existing != null) {
            return IngestResult.unchanged(existing, source.name());
        }
        return ingest(extractor.extract(source), source);
    }

    /** Whether a report with exactly this body is stored (then ingesting it again changes nothing). */
    public boolean holds(String body) {
        return ingester.stored(body) != null;
    }

    /** Stores an extraction of {@code source} (whose body the extraction's offsets refer to). */
    public IngestResult ingest(Extraction extraction, ReportSource source) {
        return ingester.ingest(extraction, source);
    }

    // ---------------------------------------------------------------- reads

    /** Ledger events matching the query, newest first. */
    public List<LedgerEvent> events(EventQuery q) {
        return db.read(() -> finder.events(db, q));
    }

    /** One ledger event, or null; also an inactive one (merged into another). */
    public LedgerEvent event(long id) {
        return db.read(() -> first(db.dao(LedgerEventDao.class).find(id)));
    }

    /**
     * The name keys a party filter on {@code name} matches: its own key and the canonical names it is an alias
     * of. The events list, the exports and the API's index filter by these, so that they agree.
     */
    public Set<String> partyKeys(String name) {
        return db.read(() -> PartyFilter.keys(db, name));
    }

    /** The name keys an event is found by: its actors' ({@code actors}) and its claimants'. */
    public EventParties parties(long eventId) {
        return db.read(() -> {
            EventPartyDao p = db.dao(EventPartyDao.class);
            return new EventParties(Set.copyOf(p.keysOf(eventId, PartyRole.ACTOR)),
                    Set.copyOf(p.keysOf(eventId, PartyRole.CLAIMANT)));
        });
    }

    /** Whether an event is one of the ledger's own: false when it was merged into another or emptied by a split. */
    public boolean isActive(long eventId) {
        return db.read(() -> !db.dao(LedgerEventDao.class).active(eventId).isEmpty());
    }

    /** Every claim of an event side by side, contested or not, and why. */
    public Reconciliation reconcile(long eventId) {
        return db.read(() -> new EventRefresher(db).reconciliation(eventId));
    }

    /** Why a ledger event holds what it holds: every report event in it, with the matcher's or analyst's reasons. */
    public Explanation why(long eventId) {
        return db.read(() -> {
            LedgerEventDao events = db.dao(LedgerEventDao.class);
            LedgerEvent e = first(events.find(eventId));
            if (e == null) {
                throw new NoSuchElementException("no ledger event " + eventId);
            }
            List<MatchDecision> ds = new ArrayList<>(db.dao(MatchDecisionDao.class).of(eventId));
            ds.sort(Comparator.comparingLong(MatchDecision::id));
            List<Long> children = new ArrayList<>(events.children(eventId));
            children.sort(null);
            return new Explanation(e, ds, db.dao(ReportDao.class).citedBy(List.of(eventId)), children,
                    new EventRefresher(db).reconciliation(eventId));
        });
    }

    /** A report's claims as the ledger holds them: which event each counts for, and its background figures. */
    public ReportClaims claims(long reportId) {
        return db.read(() -> new EventRefresher(db).ofReport(reportId));
    }

    /** The extraction of a stored report exactly as it was ingested (never changed by edits). */
    public Extraction extraction(long reportId) {
        String stored = db.read(() -> first(db.dao(ReportDao.class).extraction(reportId)));
        if (stored == null) {
            throw new NoSuchElementException("no report " + reportId);
        }
        return json.read(stored);
    }

    /** A stored report as it was read (name, header fields, body), so that it can be ingested elsewhere again. */
    public ReportSource source(long reportId) {
        StoredReport r = report(reportId);
        if (r == null) {
            throw new NoSuchElementException("no report " + reportId);
        }
        return r.source();
    }

    /** A stored report with its body, or null when there is none with this id. */
    public StoredReport report(long reportId) {
        return db.read(() -> first(db.dao(ReportDao.class).find(reportId)));
    }

    /** Every stored report's id, in order. */
    public List<Long> reportIds() {
        return db.read(() -> db.dao(ReportDao.class).ids());
    }

    /** Counts of what the store holds, for tests, benchmarks and the crash check. */
    public Stats stats() {
        return db.read(() -> db.dao(Counts.class).stats());
    }

    /** What the store holds: reports, report events, claims, active ledger events, distinct bodies. */
    public record Stats(long reports, long reportEvents, long claims, long ledgerEvents, long distinctBodies) {
        /** The counts in words, for what a person reads ("3 reports, 10 claims, 3 events"). */
        public String summary() {
            return reports + " reports, " + claims + " claims, " + ledgerEvents + " events";
        }
    }

    // ---------------------------------------------------------------- analyst edits, merges, splits, detaches, figures

    /**
     * Corrects one field of a ledger event ({@code event:ID}, fields {@code event_type}, {@code start_date},
     * {@code location}…) or of a claim ({@code claim:REPORT/LOCAL}, fields {@code claimant}, {@code victims},
     * {@code low_count}…). The extracted value stays; the correction is a new version with who, when and why.
     */
    public void edit(String target, String field, String newValue, String who, String why) {
        Target t = Target.parse(target);
        Corrections.check(t, field, newValue, who, why);
        db.write(() -> {
            new Corrections(db).edit(t, field, newValue, who, why, clock.instant());
            return null;
        });
    }

    /** Merges {@code absorbed} into {@code kept}: its reports, claims and child incidents move; it stays as a record. */
    public void merge(long kept, long absorbed, String who, String why) {
        Corrections.requireAuthor(who, why);
        db.write(() -> {
            new Merger(db).merge(kept, absorbed, who, why, clock.instant());
            return null;
        });
    }

    /**
     * Takes one report's events out of a ledger event into a new one (an analyst's judgement that the report
     * describes another incident). {@code eventLocal} null takes all of that report's events in it.
     *
     * @return the new ledger event's id
     */
    public long split(long eventId, long reportId, String eventLocal, String who, String why) {
        Corrections.requireAuthor(who, why);
        return db.write(() -> new Splitter(db).split(eventId, reportId, eventLocal, who, why, clock.instant()));
    }

    /**
     * Takes one claim ({@code REPORT/LOCAL} or {@code claim:REPORT/LOCAL}) out of its event: into an event of its
     * own, typed, dated and placed from its report event, when {@code ownEvent}; else into its report's context,
     * counted for no event. It stays there when its report event moves; {@link #reattach} undoes it.
     *
     * @return the new event's id; null when the claim went to its report's context
     */
    public Long detach(String claim, boolean ownEvent, String who, String why) {
        Target t = Target.parse(claim);
        Corrections.requireAuthor(who, why);
        return db.write(() -> new Detacher(db).detach(t, ownEvent, who, why, clock.instant()));
    }

    /**
     * Undoes a detach: the claim returns to the event its report event is in now.
     *
     * @return that event's id
     */
    public long reattach(String claim, String who, String why) {
        Target t = Target.parse(claim);
        Corrections.requireAuthor(who, why);
        return db.write(() -> new Detacher(db).reattach(t, who, why, clock.instant()));
    }

    /** The claims an analyst detached onto an event or out of it (its report event stays in it). */
    public List<DetachedClaim> detached(long eventId) {
        return db.read(() -> db.dao(ClaimDao.class).detachedAbout(eventId));
    }

    /**
     * Sets an analyst's own figure for an event: {@code figure} people {@code outcome} ({@code victims} named, or
     * null for everyone in the event), with who and why. It is shown as the analyst's, contests nothing, and counts
     * only under the {@code analyst} policy; it replaces the analyst's figure for the same outcome and victims.
     *
     * @return the figure's id
     */
    public long setAnalystFigure(long eventId, Outcome outcome, String victims, int figure, String who, String why) {
        AnalystFigures.check(outcome, victims, figure, who, why);
        return db.write(() -> new AnalystFigures(db).set(eventId, outcome, victims, figure, who, why,
                clock.instant()));
    }

    /**
     * Withdraws an analyst's figure (the undo of {@link #setAnalystFigure}); it stays in the event's history.
     *
     * @return the event it was about
     */
    public long withdrawAnalystFigure(long figureId, String who, String why) {
        Corrections.requireAuthor(who, why);
        return db.write(() -> new AnalystFigures(db).withdraw(figureId, who, why, clock.instant()));
    }

    /**
     * Every version of a record, oldest first: for an event ({@code ID} or {@code event:ID}) its creation,
     * matches, merges, splits and edits; for a claim ({@code REPORT/LOCAL} or {@code claim:REPORT/LOCAL}) the
     * extraction and each correction; for a report ({@code report:ID}) every version stored at its URL.
     */
    public List<HistoryEntry> history(String id) {
        Target t = Target.parse(id);
        return db.read(() -> new History(db).of(t));
    }

    // ---------------------------------------------------------------- export

    /**
     * Writes every top-level ledger event matching {@code query} (limit and offset ignored) in a format, with
     * figures under a policy. An operation's child incidents are folded into its row: their claims appear in the
     * notes and claimants, and fatalities per victims' side are the larger of the operation's own figure and
     * the sum of its incidents'.
     */
    public void export(ExportFormat format, EstimatePolicy policy, EventQuery query, Writer out) throws IOException {
        EventQuery q = query == null ? EventQuery.all() : query;
        db.stream(() -> new Exporter(json.mapper()).export(db, format, policy, q, out));
    }

    private static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
