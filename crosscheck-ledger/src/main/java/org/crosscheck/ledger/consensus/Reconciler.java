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
import org.crosscheck.model.ClaimKind;
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
            List<String> reasons = contradictions(figs);
            // "No one was harmed" contradicts any positive count of killed or wounded among the same victims.
            for (ClaimFigure c : claims) {
                if (c.isCasualty() && c.outcome() == Outcome.HARMED && c.isZero()
                        && c.victimsKey().equals(first.victimsKey()) && first.outcomeGroup() != Outcome.HARMED) {
                    for (ClaimFigure f : figs) {
                        if (f.isPositive() && !f.denies() && !f.claimant().equals(c.claimant())) {
                            reasons.add(c.claimant() + " says no " + first.victims() + " were harmed; " + f.claimant()
                                    + " says " + f.countPhrase() + " " + f.outcomeGroup());
                        }
                    }
                }
            }
            groups.add(new VictimGroup(first.victims(), first.victimsKey(), first.victimsKind(),
                    first.outcomeGroup(), figs, !reasons.isEmpty(), reasons));
            eventReasons.addAll(reasons);
        }
        // A denial (that the event happened, or of a claim) against what another claimant asserts.
        for (ClaimFigure d : claims) {
            if (!d.denies() || d.isCasualty() && d.isZero() && hasNoOpponent(d, claims)) {
                continue;
            }
            // Every claimant the denial stands against, with the figures each gives, casualty figures first.
            Map<String, List<String>> against = new LinkedHashMap<>();
            for (boolean figures : new boolean[] {true, false}) {
                for (ClaimFigure a : claims) {
                    if (!a.denies() && !a.claimant().equals(d.claimant()) && (a.isCasualty() ? a.isPositive() : true)
                            && (!d.isCasualty() || a.isCasualty() && a.victimsKey().equals(d.victimsKey()))
                            && a.isCasualty() == figures) {
                        List<String> fs = against.computeIfAbsent(a.claimant(), k -> new ArrayList<>());
                        if (figures) {
                            fs.add(a.countPhrase() + " " + a.outcomeGroup());
                        }
                    }
                }
            }
            if (!against.isEmpty()) {
                List<String> who = new ArrayList<>();
                against.forEach((claimant, fs) -> who.add(claimant + (fs.isEmpty() ? ""
                        : " (" + String.join(", ", new LinkedHashSet<>(fs)) + ")")));
                String what = d.isCasualty() ? " " + d.victimsNamed() + " losses"
                        : d.kind() == ClaimKind.OCCURRENCE ? " that the event took place" : " a claim";
                eventReasons.add(d.claimant() + " denies" + what + ", which " + joinAnd(who)
                        + (who.size() == 1 ? " reports" : " report"));
            }
        }
        return new Reconciliation(eventId, groups, other, !eventReasons.isEmpty(), dedupe(eventReasons),
                significant);
    }

    private static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static boolean hasNoOpponent(ClaimFigure d, List<ClaimFigure> claims) {
        for (ClaimFigure a : claims) {
            if (a.isCasualty() && !a.denies() && a.isPositive() && a.victimsKey().equals(d.victimsKey())
                    && !a.claimant().equals(d.claimant())) {
                return false;
            }
        }
        return true;
    }

    /** Pairs of claimants whose figures for the same victims and outcome cannot both hold. */
    private static List<String> contradictions(List<ClaimFigure> figs) {
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < figs.size(); i++) {
            for (int j = i + 1; j < figs.size(); j++) {
                ClaimFigure a = figs.get(i);
                ClaimFigure b = figs.get(j);
                if (a.claimant().equals(b.claimant())) {
                    continue;
                }
                String why = null;
                if (a.isZero() && b.isPositive() || b.isZero() && a.isPositive()) {
                    why = "zero against a positive count";
                } else if (!Boolean.TRUE.equals(a.vague()) && !Boolean.TRUE.equals(b.vague()) && a.low() != null
                        && b.low() != null && !overlap(a, b)) {
                    why = "ranges do not overlap";
                }
                if (why != null) {
                    reasons.add(a.claimant() + " says " + a.countPhrase() + ", " + b.claimant() + " says "
                            + b.countPhrase() + " " + a.victims() + " " + a.outcomeGroup() + " (" + why + ")");
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
