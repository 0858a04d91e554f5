package org.crosscheck.ledger.match;

import java.util.List;
import java.util.Set;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.ReportEventDao;

/**
 * Finds the ledger events a report event might describe, by SQL alone: those within its dates, and, where one side
 * has no date, those whose reports name the same people. Whether any is the same incident is {@link MatchPolicy}'s
 * question.
 */
public final class CandidateFinder {
    private final ReportEventDao reportEvents;

    public CandidateFinder(ReportEventDao reportEvents) {
        this.reportEvents = reportEvents;
    }

    public Candidates find(Matcher.Info info) {
        Candidates out = new Candidates(info.reportId());
        if (info.start() != null) {
            add(out, reportEvents.dated(info.start().minusDays(LedgerEventDao.MAX_EVENT_DAYS + 2L), info.end().plusDays(2),
                    info.start().minusDays(2)));
        }
        if (!info.persons().isEmpty()) {
            // Where one side has no date, only a person named in both reports can tie the two (Matcher says when):
            // the events of reports naming this report's people; only the undated ones when this one has a date,
            // so that a name quoted in thousands of dated reports costs nothing.
            add(out, info.start() != null ? reportEvents.namedUndated(info.persons(), info.reportId())
                    : reportEvents.named(info.persons(), info.reportId()));
        }
        return out;
    }

    private static void add(Candidates out, List<ReportEventDao.Candidate> rows) {
        for (ReportEventDao.Candidate c : rows) {
            out.add(c.row().ledgerEventId(), c.parentId(),
                    Matcher.Info.of(c.row(), c.nameKey() == null ? Set.of() : Set.of(c.nameKey())));
        }
    }
}
