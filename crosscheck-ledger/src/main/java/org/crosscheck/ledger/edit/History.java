package org.crosscheck.ledger.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.crosscheck.ledger.AnalystFigure;
import org.crosscheck.ledger.HistoryEntry;
import org.crosscheck.ledger.MatchDecision;
import org.crosscheck.ledger.store.AnalystFigureDao;
import org.crosscheck.ledger.store.ClaimDao;
import org.crosscheck.ledger.store.ClaimRow;
import org.crosscheck.ledger.store.EditDao;
import org.crosscheck.ledger.store.EditRow;
import org.crosscheck.ledger.store.LedgerEventDao;
import org.crosscheck.ledger.store.MatchDecisionDao;
import org.crosscheck.ledger.store.ReportDao;
import org.crosscheck.ledger.store.Database;

/**
 * Every version of a record, oldest first: for an event its creation, matches, merges, splits, detached claims,
 * edits and analyst's figures; for a claim the extraction, each correction and each detach; for a report every
 * version stored at its URL.
 */
public final class History {
    private final Database db;

    public History(Database db) {
        this.db = db;
    }

    public List<HistoryEntry> of(Target t) {
        List<HistoryEntry> raw = switch (t.kind()) {
            case EVENT -> event(t);
            case CLAIM -> claim(t);
            case REPORT -> report(t);
        };
        List<HistoryEntry> out = new ArrayList<>();
        for (HistoryEntry e : raw) {
            out.add(new HistoryEntry(out.size() + 1, e.at(), e.who(), e.what(), e.why()));
        }
        return out;
    }

    private List<HistoryEntry> event(Target t) {
        if (db.dao(LedgerEventDao.class).find(t.id()).isEmpty()) {
            throw new NoSuchElementException("no ledger event " + t.id());
        }
        List<MatchDecision> decisions = new ArrayList<>(db.dao(MatchDecisionDao.class).of(t.id()));
        decisions.sort(Comparator.comparingLong(MatchDecision::id));
        List<HistoryEntry> out = new ArrayList<>();
        for (MatchDecision d : decisions) {
            String what = switch (d.decision()) {
                case NEW -> "created from report " + d.reportId() + " event " + d.eventLocal();
                case MATCHED -> "added report " + d.reportId() + " event " + d.eventLocal();
                case DETACH -> "claim detached";
                case REATTACH -> "claim returned";
                default -> d.decision().toString();
            };
            out.add(new HistoryEntry(0, d.decidedAt(), d.decidedBy(), what, d.reasons()));
        }
        out.addAll(edits(t));
        for (AnalystFigure f : db.dao(AnalystFigureDao.class).of(t.id())) {
            out.add(new HistoryEntry(0, f.madeAt(), f.who(), "analyst figure " + f.id() + ": " + f.statement(),
                    f.why()));
            if (!f.active()) {
                out.add(new HistoryEntry(0, f.withdrawnAt(), f.withdrawnBy(), "withdrew analyst figure " + f.id(),
                        f.withdrawnWhy()));
            }
        }
        out.sort(Comparator.comparing(HistoryEntry::at));
        return out;
    }

    private List<HistoryEntry> claim(Target t) {
        ClaimDao.Extracted x = db.dao(ClaimDao.class).extracted(t.id(), t.local()).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no claim " + t.id() + "/" + t.local()));
        ClaimRow c = x.claim();
        List<HistoryEntry> out = new ArrayList<>();
        out.add(new HistoryEntry(0, x.ingestedAt(), "extractor", "extracted from " + x.reportName() + ": "
                + c.claimant() + " " + c.stance() + " " + (c.outcome() == null ? c.kind()
                : c.outcome() + " " + c.victims() + " \"" + c.countText() + "\""), "original extraction"));
        out.addAll(edits(t));
        return out;
    }

    private List<HistoryEntry> report(Target t) {
        List<HistoryEntry> out = new ArrayList<>();
        for (ReportDao.Stored r : db.dao(ReportDao.class).versions(t.id())) {
            String copy = r.duplicateOf() == null ? "" : "; a copy of report " + r.duplicateOf();
            out.add(new HistoryEntry(0, r.ingestedAt(), "ingest", "report " + r.id() + " (" + r.name() + "), version "
                    + r.urlVersion() + ", body " + r.bodyHash().substring(0, 12) + copy, "ingested"));
        }
        if (out.isEmpty()) {
            throw new NoSuchElementException("no report " + t.id());
        }
        return out;
    }

    private List<HistoryEntry> edits(Target t) {
        List<HistoryEntry> out = new ArrayList<>();
        for (EditRow e : db.dao(EditDao.class).of(t.stored())) {
            String what = e.field().equals(Detacher.FIELD) ? "moved from " + e.oldValue() + " to " + e.newValue()
                    : e.field() + ": " + e.oldValue() + " -> " + e.newValue();
            out.add(new HistoryEntry(0, e.editedAt(), e.who(), what, e.why()));
        }
        return out;
    }
}
