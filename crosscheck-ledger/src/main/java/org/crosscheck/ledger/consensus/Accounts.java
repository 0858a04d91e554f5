package org.crosscheck.ledger.consensus;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.Estimate;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Outcome;

/**
 * An event's deaths as ACLED codes them: one figure for the whole event, the most conservative estimate where
 * sources differ, and a figure a report states or one claimant's stated sides added (issue 11). Adding the lowest
 * figure of each victims' side would mix claimants ("dozens" of soldiers from one party beside another's 92
 * militants and 18 civilians) into a total nobody gave, so the unit weighed is an <em>account</em>
 * ({@link ClaimFigure#accountKey()}): what one claimant says in one report.
 * <ul>
 * <li>An account's total: a figure for people in general ("40 people") that holds its other figures is its whole;
 *     else the sum of its figures over the victims' sides it names (the codebook codes "92 militants, 15 soldiers
 *     and 18 civilians" as three claims of one statement). On one side the account's largest figure counts (the
 *     others are its parts or its earlier words), and vague words only when it gives that side no number.</li>
 * <li>An account counting fewer victims than another (a side of a breakdown another account gives whole, or any
 *     side against an account of people in general) is a part, not a rival estimate, and is set aside.</li>
 * <li>Accounts of the same victims are rival estimates: the lowest stands (ACLED's most conservative). Accounts of
 *     different victims that neither holds are not rivals: the one counting most stands.</li>
 * </ul>
 * Denials and zeros are not estimates of deaths (they stay in the notes and the contested flag); the figure is 0
 * only when every account says none died. A pure function. Thread-safe.
 */
public final class Accounts {
    /** The reach of an account of people in general: every side. */
    private static final Set<String> EVERYONE = Set.of("\u0000everyone");

    private Accounts() {
    }

    /** The conservative figure of an event's killed-victim groups ({@code significant}: ACLED's vague rule). */
    public static Estimate conservativeTotal(List<VictimGroup> groups, boolean significant) {
        Map<String, Account> accounts = new LinkedHashMap<>();
        boolean anyZero = false;
        for (VictimGroup g : groups) {
            if (g.outcome() != Outcome.KILLED) {
                continue;
            }
            for (ClaimFigure f : g.figures()) {
                if (f.denies()) {
                    continue;
                }
                if (f.isZero()) {
                    anyZero = true;
                    continue;
                }
                accounts.computeIfAbsent(f.accountKey(), k -> new Account()).add(g, f, significant);
            }
        }
        List<Account> stated = accounts.values().stream().filter(a -> a.total() > 0).toList();
        if (stated.isEmpty()) {
            return anyZero ? new Estimate(0, 0, 0) : Estimate.NONE;
        }
        Map<Set<String>, Integer> lowestByReach = new HashMap<>();
        for (Account a : stated) {
            boolean part = stated.stream().anyMatch(o -> o != a && holds(o.reach(), a.reach()));
            if (!part) {
                lowestByReach.merge(a.reach(), a.total(), Math::min);
            }
        }
        int best = lowestByReach.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return new Estimate(best, best, best);
    }

    /** Whether an account reaching {@code a} counts every victim one reaching {@code b} counts, and more. */
    private static boolean holds(Set<String> a, Set<String> b) {
        if (a.equals(b)) {
            return false;
        }
        return a == EVERYONE || (b != EVERYONE && a.containsAll(b));
    }

    /** People in general ("people", "persons"), as opposed to a side: no kind, or the codebook's {@code other}. */
    private static boolean peopleInGeneral(VictimGroup g) {
        return g.victimsKind() == null || g.victimsKind() == ActorKind.OTHER;
    }

    /** One claimant's figures in one report, per victims' side. */
    private static final class Account {
        private final Map<String, Integer> numbers = new LinkedHashMap<>();
        private final Map<String, Integer> vague = new LinkedHashMap<>();
        private final Set<String> generalSides = new LinkedHashSet<>();

        void add(VictimGroup g, ClaimFigure f, boolean significant) {
            String side = g.victimsKey() == null ? "" : g.victimsKey();
            if (peopleInGeneral(g)) {
                generalSides.add(side);
            }
            if (Boolean.TRUE.equals(f.vague())) {
                vague.merge(side, EstimatePolicy.vagueValue(f.countText(), significant), Math::max);
                return;
            }
            // A range counts by its low end; "up to 30" has none, as in the per-side policy.
            Integer v = f.low();
            if (v != null && v > 0) {
                numbers.merge(side, v, Math::max);
            }
        }

        private Map<String, Integer> bySide() {
            Map<String, Integer> out = new LinkedHashMap<>(vague);
            out.putAll(numbers);
            return out;
        }

        /** The account's figure for people in general (0 for none). */
        private int general() {
            Map<String, Integer> sides = bySide();
            return generalSides.stream().mapToInt(s -> sides.getOrDefault(s, 0)).max().orElse(0);
        }

        /** The sum of its figures for named sides. */
        private int sides() {
            return bySide().entrySet().stream().filter(e -> !generalSides.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue).sum();
        }

        /** Whether its count of people in general holds every side it names: "12 killed, including 5 children". */
        private boolean whole() {
            return general() > 0 && general() >= sides();
        }

        /**
         * Its whole when it gives one; else its named sides added. A count of people smaller than the sides is
         * some of them ("seven dead, including four soldiers and three gendarmes" beside "80 fighters"), not more.
         */
        int total() {
            return Math.max(general(), sides());
        }

        Set<String> reach() {
            if (whole()) {
                return EVERYONE;
            }
            return new LinkedHashSet<>(bySide().keySet());
        }
    }
}
