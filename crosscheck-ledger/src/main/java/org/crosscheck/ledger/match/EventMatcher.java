package org.crosscheck.ledger.match;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import org.crosscheck.ledger.MatchDecision;
import org.crosscheck.ledger.edit.Merger;
import org.crosscheck.ledger.store.DecisionRow;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.MatchDecisionDao;
import org.crosscheck.ledger.store.ReportEventDao;
import org.crosscheck.ledger.store.Database;

/**
 * Puts a report event into the ledger: finds the candidates, asks the policy, and carries out its decision —
 * joining an event (adopting it into the report event's operation, merging the other events the report event
 * also matches) or creating one — recording why either way. Runs inside the caller's transaction.
 */
public final class EventMatcher {
    private static final String WHO = "matcher";

    private final CandidateFinder finder;
    private final LedgerEventDao events;
    private final MatchDecisionDao decisions;
    private final Merger merger;

    public EventMatcher(Database db) {
        finder = new CandidateFinder(db.dao(ReportEventDao.class));
        events = db.dao(LedgerEventDao.class);
        decisions = db.dao(MatchDecisionDao.class);
        merger = new Merger(db);
    }

    /** The ledger event this report event describes, found or created. */
    public long match(Matcher.Info info, Long ledgerParent, Instant now) {
        Candidates candidates = finder.find(info);
        MatchPolicy.Decision d = MatchPolicy.decide(info, candidates, ledgerParent, events.ancestors(ledgerParent),
                ids -> new HashSet<>(events.operationsAmong(ids)));
        if (d instanceof MatchPolicy.Join join) {
            long id = join.eventId();
            if (join.adoptInto() != null) {
                events.setParent(id, join.adoptInto());
            }
            decisions.insert(new DecisionRow(id, info.reportId(), info.localId(), MatchDecision.Kind.MATCHED,
                    join.score().total(), join.reasons(), WHO, now));
            for (Map.Entry<Long, Matcher.Info> also : join.bridges().entrySet()) {
                long other = also.getKey();
                if (events.bridgeable(id, other)) {
                    // Reports of one incident that arrived in an order that kept them apart: this report event
                    // matches both, so they are one incident.
                    String why = join.bridgeReason(also.getValue());
                    merger.absorb(id, other, "matcher merged event " + other + " into this: " + why,
                            "matcher merged this into event " + id + ": " + why, WHO, now);
                }
            }
            return id;
        }
        long id = events.insert(ledgerParent, info.eventType(), info.subType(), info.start(), info.end(), now);
        decisions.insert(new DecisionRow(id, info.reportId(), info.localId(), MatchDecision.Kind.NEW, null, d.reasons(),
                WHO, now));
        return id;
    }
}
