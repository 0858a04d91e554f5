package org.crosscheck.ledger.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.json.ReportJson;
import org.crosscheck.ledger.IngestResult;
import org.crosscheck.ledger.LedgerException;
import org.crosscheck.ledger.consensus.EventRefresher;
import org.crosscheck.ledger.match.EventMatcher;
import org.crosscheck.ledger.match.Matcher;
import org.crosscheck.ledger.store.ActorAliasDao;
import org.crosscheck.ledger.store.ClaimDao;
import org.crosscheck.ledger.store.ClaimRow;
import org.crosscheck.ledger.store.Database;
import org.crosscheck.ledger.store.ReportBandDao;
import org.crosscheck.ledger.store.ReportDao;
import org.crosscheck.ledger.store.ReportEventDao;
import org.crosscheck.ledger.store.ReportEventRow;
import org.crosscheck.ledger.store.ReportPersonDao;
import org.crosscheck.ledger.store.ReportRow;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Event;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Hashing;
import org.crosscheck.model.ReportSource;

/**
 * Stores one report per transaction: the report (a new version when a report at its URL tells the same story, a
 * linked copy when its body is another's), its events matched into the ledger, its claims, and the ledger events it touched
 * recomputed. A body already stored changes nothing. Thread-safe (writes are serialised by the database).
 */
public final class Ingester {
    private final Database db;
    private final ReportJson json;
    private final Clock clock;

    public Ingester(Database db, ReportJson json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** The stored report with exactly this body, or null. */
    public Long stored(String body) {
        String hash = Hashing.sha256Hex(body);
        return db.read(() -> first(db.dao(ReportDao.class).withBody(hash)));
    }

    /** Stores an extraction of {@code source} (whose body the extraction's offsets refer to). */
    public IngestResult ingest(Extraction x, ReportSource source) {
        String body = x.report().body() != null ? x.report().body() : source.body();
        String hash = Hashing.sha256Hex(body);
        try {
            return db.write(() -> store(x, source, body, hash));
        } catch (LedgerException e) {
            // Another process stored the same body between our check and our insert: that is "unchanged".
            Long existing = stored(body);
            if (existing != null && Database.isUniqueViolation(e)) {
                return IngestResult.unchanged(existing, source.name());
            }
            throw e;
        }
    }

    private IngestResult store(Extraction x, ReportSource src, String body, String hash) {
        ReportDao reports = db.dao(ReportDao.class);
        Long existing = first(reports.withBody(hash));
        if (existing != null) {
            return IngestResult.unchanged(existing, src.name());
        }
        Instant now = clock.instant();
        String url = ReportUrls.usable(either(ReportUrls.usable(src.url()), x.report().url()));
        long[] sig = MinHash.signature(body);
        ReportDao.Version previous = url == null ? null : Versions.of(reports.currentAt(url), sig);
        Long previousId = previous == null ? null : previous.id();
        Copies copies = new Copies(db.dao(ReportBandDao.class), reports);
        Copies.Copy copy = Copies.hashable(sig) ? copies.find(sig, previousId) : null;
        LocalDate published = either(x.report().published(), src.published());
        long reportId = reports.insert(new ReportRow(hash, src.name(), either(x.report().title(), src.title()),
                either(x.report().outlet(), src.outlet()), url, published,
                either(x.report().language(), src.language()), body.length(),
                previous == null ? 1 : previous.urlVersion() + 1, previousId,
                copy == null ? null : copy.original(), copy == null ? null : copy.similarity(),
                MinHash.encode(sig), now, body, json.write(x)));
        if (previousId != null) {
            reports.supersede(previousId);
            db.dao(ClaimDao.class).uncount(previousId);
        }
        if (Copies.hashable(sig)) {
            copies.index(reportId, sig);
        }
        Set<String> persons = Persons.keys(x);
        if (!persons.isEmpty()) {
            db.dao(ReportPersonDao.class).insert(persons, reportId);
        }

        // Every claim counts for an event but the report's background figures, which stay on none (its context).
        Extraction placed = ClaimPlacement.of(x).placed();
        ExtractionRows rows = new ExtractionRows(reportId, placed, published);
        ReportEventDao reportEvents = db.dao(ReportEventDao.class);
        EventMatcher matcher = new EventMatcher(db);
        Map<String, Long> ledgerOf = new LinkedHashMap<>();
        Set<Long> touched = new LinkedHashSet<>();
        for (Event e : parentsFirst(placed.events())) {
            ReportEventRow row = rows.event(e);
            Long ledgerParent = e.parent() == null ? null : ledgerOf.get(e.parent());
            long ledgerId = matcher.match(Matcher.Info.of(row, persons), ledgerParent, now);
            ledgerOf.put(e.id(), ledgerId);
            reportEvents.insert(row.in(ledgerId));
            touched.add(ledgerId);
            if (ledgerParent != null) {
                touched.add(ledgerParent);
            }
        }
        List<ClaimRow> claimRows = new ArrayList<>();
        for (Claim cl : placed.claims()) {
            claimRows.add(rows.claim(cl, cl.event() == null ? null : ledgerOf.get(cl.event()), copy == null,
                    json.mapper()));
        }
        if (!claimRows.isEmpty()) {
            db.dao(ClaimDao.class).insert(claimRows);
        }
        List<Map.Entry<String, String>> aliases = rows.aliases();
        if (!aliases.isEmpty()) {
            db.dao(ActorAliasDao.class).add(aliases.stream().map(Map.Entry::getKey).toList(),
                    aliases.stream().map(Map.Entry::getValue).toList());
        }
        if (previousId != null) {
            touched.addAll(reportEvents.ledgerEvents(previousId));
        }
        new EventRefresher(db).refreshAll(touched, now);
        IngestResult.Status status = copy != null ? IngestResult.Status.DUPLICATE
                : previousId != null ? IngestResult.Status.NEW_VERSION : IngestResult.Status.STORED;
        return new IngestResult(reportId, status, src.name(), copy == null ? null : copy.original(),
                copy == null ? null : copy.similarity(), previousId, new ArrayList<>(new LinkedHashSet<>(ledgerOf.values())));
    }

    /** An extraction's events, each operation before its incidents (ties and cycles kept in document order). */
    static List<Event> parentsFirst(List<Event> events) {
        Map<String, Event> byId = new LinkedHashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        List<Event> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Event e : events) {
            addWithParents(e, byId, done, out, 0);
        }
        return out;
    }

    private static void addWithParents(Event e, Map<String, Event> byId, Set<String> done, List<Event> out,
                                       int depth) {
        if (done.contains(e.id()) || depth > byId.size()) {
            return;
        }
        if (e.parent() != null && byId.containsKey(e.parent())) {
            addWithParents(byId.get(e.parent()), byId, done, out, depth + 1);
        }
        if (done.add(e.id())) {
            out.add(e);
        }
    }

    private static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** {@code first} unless it is null. */
    private static <T> T either(T first, T second) {
        return first != null ? first : second;
    }
}
