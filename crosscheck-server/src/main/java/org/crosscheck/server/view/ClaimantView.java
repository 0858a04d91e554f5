package org.crosscheck.server.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.NameKey;

/**
 * A claimant's page: every claim it makes, oldest event first, each beside the figures other claimants give for
 * the same victims and outcome of the same event, and its track record in counts only (how many of its figures
 * other claimants' figures contradict, agree with, or leave alone), never a judgement of who is right. Immutable.
 */
public record ClaimantView(String name, Track track, List<Row> claims, boolean truncated) {
    public ClaimantView {
        claims = List.copyOf(claims);
    }

    /**
     * Counts of the claimant's casualty figures: in all, those another claimant's figure or denial contradicts
     * (the group is contested and holds another claimant), those others give the same way (another claimant,
     * not contested), and those no other claimant gives a figure beside; and the events and reports they are in.
     */
    public record Track(int figures, int contradicted, int matched, int alone, int otherClaims, int events) {
    }

    /** One claim of the claimant on one event, with the other claimants' figures beside it. */
    public record Row(long eventId, String eventTitle, String date, String place, FigureView claim,
                      List<FigureView> others, boolean contradicted, List<String> reasons) {
        public Row {
            others = List.copyOf(others);
            reasons = List.copyOf(reasons);
        }
    }

    /** An event with its claims, as the claimant page reads them. */
    public record Source(LedgerEvent event, Reconciliation reconciliation) {
    }

    /**
     * @param keys the name keys the claimant is known by (its own and those it is an alias of)
     */
    public static ClaimantView of(String name, Set<String> keys, List<Source> events, boolean truncated) {
        List<Row> rows = new ArrayList<>();
        int figures = 0;
        int contradicted = 0;
        int matched = 0;
        int alone = 0;
        int other = 0;
        int withClaims = 0;
        for (Source s : events) {
            LedgerEvent e = s.event();
            EventView ev = EventView.of(e, s.reconciliation());
            String date = e.startDate() == null ? null : e.startDate().toString();
            String place = String.join(", ", nonBlank(e.location(), e.admin1(), e.country()));
            boolean any = false;
            for (VictimGroup g : s.reconciliation().groups()) {
                List<FigureView> others = new ArrayList<>();
                List<ClaimFigure> own = new ArrayList<>();
                for (ClaimFigure f : g.figures()) {
                    if (keys.contains(NameKey.of(f.claimant()))) {
                        own.add(f);
                    } else {
                        others.add(FigureView.of(f, g));
                    }
                }
                for (ClaimFigure f : own) {
                    any = true;
                    figures++;
                    boolean against = g.contested() && !others.isEmpty();
                    if (against) {
                        contradicted++;
                    } else if (others.isEmpty()) {
                        alone++;
                    } else {
                        matched++;
                    }
                    rows.add(new Row(e.id(), ev.title(), date, place, FigureView.of(f, g), others, against,
                            against ? g.contestReasons() : List.of()));
                }
            }
            for (ClaimFigure f : s.reconciliation().otherClaims()) {
                if (keys.contains(NameKey.of(f.claimant()))) {
                    any = true;
                    other++;
                    rows.add(new Row(e.id(), ev.title(), date, place, FigureView.of(f, null), List.of(), false,
                            List.of()));
                }
            }
            withClaims += any ? 1 : 0;
        }
        return new ClaimantView(name, new Track(figures, contradicted, matched, alone, other, withClaims), rows,
                truncated);
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }
}
