package org.crosscheck.ledger.consensus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.Outcome;

/**
 * Puts one event's claims side by side, grouped by victims' side and outcome, and finds where they cannot all be
 * true: the {@code contested} flag and its reasons. Stateless; thread-safe.
 */
public final class Reconciler {
    private Reconciler() {
    }

    public static Reconciliation reconcile(long eventId, List<ClaimFigure> claims, boolean operation) {
        Map<String, List<ClaimFigure>> byGroup = new LinkedHashMap<>();
        List<ClaimFigure> other = new ArrayList<>();
        boolean significant = operation;
        for (ClaimFigure c : claims) {
            if (c.isCasualty()) {
                byGroup.computeIfAbsent(c.victimsKey() + "\u0000" + c.outcomeGroup(), k -> new ArrayList<>())
                        .add(c);
                String t = c.countText() == null ? "" : c.countText().toLowerCase(Locale.ROOT);
                if (t.matches(".*\\b(heavy|many|numerous|massive|mass|scores|hundreds|dozens)\\b.*")) {
                    significant = true;
                }
            } else {
                other.add(c);
            }
        }
        List<VictimGroup> groups = new ArrayList<>();
        List<String> eventReasons = new ArrayList<>();
        for (List<ClaimFigure> figs : byGroup.values()) {
            ClaimFigure first = figs.get(0);
            // A group is contested only by two of its own figures: one figure never contradicts itself.
            List<String> reasons = contradictions(figs);
            groups.add(new VictimGroup(first.victims(), first.victimsKey(), first.victimsKind(),
                    first.outcomeGroup(), figs, !reasons.isEmpty(), reasons));
            eventReasons.addAll(reasons);
            // "No one was harmed" stands against any positive count of killed or wounded among the same victims.
            for (ClaimFigure c : claims) {
                if (c.isCasualty() && c.outcome() == Outcome.HARMED && c.isZero()
                        && c.victimsKey().equals(first.victimsKey()) && first.outcomeGroup() != Outcome.HARMED) {
                    for (ClaimFigure f : figs) {
                        if (f.isPositive() && !f.denies() && !f.claimant().equals(c.claimant())) {
                            eventReasons.add(c.claimant() + " claims no " + c.victimsNamed() + " were harmed; "
                                    + f.claimant() + " claims " + f.countPhrase() + " " + f.outcomeGroup());
                        }
                    }
                }
            }
        }
        for (ClaimFigure d : claims) {
            if (d.denies() && !(d.isCasualty() && d.isZero())) {
                String reason = Denials.reason(d, claims);
                if (reason != null) {
                    eventReasons.add(reason);
                }
            }
        }
        return new Reconciliation(eventId, groups, other, !eventReasons.isEmpty(), dedupe(eventReasons),
                significant);
    }

    /**
     * Pairs of claimants whose figures for the same victims and outcome cannot both hold, neither a part of the
     * other ({@link Breakdowns}): "X claims 12 soldiers killed; Y claims 3".
     */
    private static List<String> contradictions(List<ClaimFigure> figs) {
        List<String> reasons = new ArrayList<>();
        Breakdowns parts = Breakdowns.of(figs);
        for (int i = 0; i < figs.size(); i++) {
            for (int j = i + 1; j < figs.size(); j++) {
                ClaimFigure a = figs.get(i);
                ClaimFigure b = figs.get(j);
                if (a.claimant().equals(b.claimant()) || parts.parts(a, b)) {
                    continue;
                }
                boolean zeroAgainstSome = a.isZero() && b.isPositive() || b.isZero() && a.isPositive();
                boolean apart = !Boolean.TRUE.equals(a.vague()) && !Boolean.TRUE.equals(b.vague()) && a.low() != null
                        && b.low() != null && !overlap(a, b);
                if (zeroAgainstSome || apart) {
                    reasons.add(a.claimant() + " claims " + a.countPhrase() + " " + a.victimsNamed() + " "
                            + a.outcomeGroup() + "; " + b.claimant() + " claims " + b.countPhrase()
                            + (b.victimsNamed() == null || b.victimsNamed().equals(a.victimsNamed()) ? ""
                                : " " + b.victimsNamed()));
                }
            }
        }
        return reasons;
    }

    private static boolean overlap(ClaimFigure a, ClaimFigure b) {
        long aHigh = a.high() == null ? Long.MAX_VALUE : a.high();
        long bHigh = b.high() == null ? Long.MAX_VALUE : b.high();
        return a.low() <= bHigh && b.low() <= aHigh;
    }

    private static List<String> dedupe(List<String> reasons) {
        return new ArrayList<>(new LinkedHashSet<>(reasons));
    }
}
