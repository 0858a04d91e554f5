package org.crosscheck.ledger.consensus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.ReportClaims;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.store.AnalystFigureDao;
import org.crosscheck.ledger.store.ClaimDao;
import org.crosscheck.ledger.store.ClaimRow;
import org.crosscheck.ledger.store.EditDao;
import org.crosscheck.ledger.store.EditRow;
import org.crosscheck.ledger.store.EventAccount;
import org.crosscheck.ledger.store.EventPartyDao;
import org.crosscheck.ledger.store.EventUpdate;
import org.crosscheck.ledger.store.KeyList;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.PartyRole;
import org.crosscheck.ledger.store.ReportDao;
import org.crosscheck.ledger.store.ReportEventDao;
import org.crosscheck.ledger.store.Database;

/**
 * Reads what a ledger event is drawn from, computes what it shows ({@link EventConsensus}, {@link ClaimConsensus},
 * {@link Reconciler}) and stores it, with the party names its filters find it by. Runs inside the caller's
 * transaction; one instance per handle.
 */
public final class EventRefresher {
    private final ReportEventDao reportEvents;
    private final LedgerEventDao events;
    private final ClaimDao claims;
    private final EditDao edits;
    private final ReportDao reports;
    private final EventPartyDao parties;
    private final AnalystFigureDao analystFigures;

    public EventRefresher(Database db) {
        reportEvents = db.dao(ReportEventDao.class);
        events = db.dao(LedgerEventDao.class);
        claims = db.dao(ClaimDao.class);
        edits = db.dao(EditDao.class);
        reports = db.dao(ReportDao.class);
        parties = db.dao(EventPartyDao.class);
        analystFigures = db.dao(AnalystFigureDao.class);
    }

    /** Recomputes what a ledger event shows from its reports, claims and analyst edits. */
    public void refresh(long id, Instant now) {
        refresh(id, now, events.hasChildren(id), true, new HashMap<>());
    }

    /**
     * Recomputes every event one ingest touched. What the events share is read once for all: which of them are
     * operations, whether the ledger holds any analyst edit, and the reports they cite (mostly the one ingested):
     * at 100,000 events the statements' own cost outweighed the lookups.
     */
    public void refreshAll(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> operations = new HashSet<>(events.operationsAmong(ids));
        boolean edited = !edits.any().isEmpty();
        Map<Long, ReportDao.Cited> cited = new HashMap<>();
        for (long id : ids) {
            refresh(id, now, operations.contains(id), edited, cited);
        }
    }

    private void refresh(long id, Instant now, boolean operation, boolean edited, Map<Long, ReportDao.Cited> cited) {
        List<EventAccount> accounts = accounts(id, edited);
        parties.clear(id);
        if (accounts.isEmpty()) {
            events.empty(id, now);
            return;
        }
        EventFields f = EventConsensus.fields(accounts, edited ? edits.of(EditRow.eventTarget(id)) : List.of());
        List<ClaimRow> about = claims.about(id);
        List<ClaimFigure> figures = figures(id, about, EventConsensus.actorKeys(accounts), edited, cited);
        Reconciliation rec = Reconciler.reconcile(id, figures, operation);
        events.update(new EventUpdate(id, f.eventType(), f.subEventType(), f.startDate(), f.endDate(),
                f.timePrecision(), f.country(), f.admin1(), f.admin2(), f.location(), f.latitude(), f.longitude(),
                f.geoPrecision(), f.actor1(), f.actor2(), rec.contested(), EventConsensus.reportCount(accounts),
                figures.size(), now));
        Set<String> claimants = new LinkedHashSet<>();
        about.forEach(c -> claimants.addAll(KeyList.split(c.claimantKeys())));
        List<EventPartyDao.Party> rows = new ArrayList<>();
        add(PartyRole.ACTOR, EventConsensus.actorParty(accounts, f), rows);
        add(PartyRole.CLAIMANT, claimants, rows);
        parties.insert(id, rows);
    }

    /** Every claim of an event side by side, as stored and corrected now, with the analysts' own figures. */
    public Reconciliation reconciliation(long id) {
        Set<String> actorKeys = new LinkedHashSet<>();
        reportEvents.actorKeys(id).forEach(k -> actorKeys.addAll(KeyList.split(k)));
        reportEvents.detachedAccounts(id).forEach(a -> actorKeys.addAll(a.actorKeys()));
        return Reconciler.reconcile(id, figures(id, claims.about(id), actorKeys, true, new HashMap<>()),
                events.hasChildren(id)).withAnalystFigures(analystFigures.of(id));
    }

    /**
     * The report events an event is drawn from: its own, and those of the claims an analyst detached onto it from
     * another (an event of detached claims is typed, dated and placed from them), each once. A detach is an edit
     * too, so a ledger with no edit ({@code edited} false) has none to look for.
     */
    private List<EventAccount> accounts(long id, boolean edited) {
        Map<String, EventAccount> byId = new java.util.LinkedHashMap<>();
        for (EventAccount a : reportEvents.accounts(id)) {
            byId.put(a.row().reportId() + "/" + a.row().localId(), a);
        }
        for (EventAccount a : edited ? reportEvents.detachedAccounts(id) : List.<EventAccount>of()) {
            byId.putIfAbsent(a.row().reportId() + "/" + a.row().localId(), a);
        }
        List<EventAccount> accounts = new ArrayList<>(byId.values());
        // Sorted here, not in SQL: an ORDER BY on the primary key's columns leads H2 to walk that whole index.
        accounts.sort(Comparator.comparingLong((EventAccount a) -> a.row().reportId())
                .thenComparing(a -> a.row().localId()));
        return accounts;
    }

    /**
     * A report's claims as the ledger holds them: the ledger event each counted claim is about, and the report's
     * background figures (on no event: its context, counted nowhere) with analyst corrections applied.
     */
    public ReportClaims ofReport(long reportId) {
        Map<String, Long> counted = new java.util.LinkedHashMap<>();
        List<ClaimRow> background = new ArrayList<>();
        for (ClaimRow c : claims.ofReport(reportId)) {
            if (c.ledgerEventId() != null) {
                counted.put(c.localId(), c.ledgerEventId());
            } else {
                background.add(c);
            }
        }
        ReportDao.Cited cited = reports.cited(reportId).stream().findFirst().orElse(null);
        return new ReportClaims(reportId, counted, background.isEmpty() ? List.of()
                : ClaimConsensus.figures(background, edits.ofClaimsOfReport(reportId), Set.of(), r -> cited));
    }

    /**
     * The counted ones of an event's claims, with analyst corrections applied. Report names are looked up by
     * primary key, not joined: H2's planner, lacking statistics, may drive such a join from the report table and
     * scan it whole.
     */
    private List<ClaimFigure> figures(long id, List<ClaimRow> about, Set<String> eventActorKeys, boolean edited,
                                      Map<Long, ReportDao.Cited> cited) {
        List<ClaimRow> counted = about.stream().filter(ClaimRow::counted).toList();
        return ClaimConsensus.figures(counted, counted.isEmpty() || !edited ? List.of() : edits.ofClaimsOf(id),
                eventActorKeys,
                report -> cited.computeIfAbsent(report, r -> reports.cited(r).stream().findFirst().orElse(null)));
    }

    /** The keys of one role, each once, fitted to the column, after those of the roles before. */
    private static void add(PartyRole role, Set<String> keys, List<EventPartyDao.Party> out) {
        Set<String> clean = new LinkedHashSet<>();
        keys.stream().filter(k -> !k.isBlank()).forEach(k -> clean.add(k.length() > 500 ? k.substring(0, 500) : k));
        clean.forEach(k -> out.add(new EventPartyDao.Party(role, k)));
    }
}
