package org.crosscheck.ledger.consensus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.model.NameKey;

/**
 * Which figures of one group (the same victims' side, the same outcome) count parts of another rather than the
 * same people, so that a part is never set against its whole (issue 11, "honest contradictions"):
 * <ul>
 * <li>a breakdown: two or more exact figures of one report that add up to another figure ("4 in the north, 3 in
 *     the east and 1 in the capital" against "8 killed") are parts of it and of each other;</li>
 * <li>a subgroup: a smaller figure that names its victims otherwise than a larger one of the same report
 *     ("12 people, including 5 children") counts some of them.</li>
 * </ul>
 * Figures of different reports that name their victims differently ("militants" and "fighters") may still count
 * the same people, so only a breakdown makes them parts. A pure function. Thread-safe.
 */
final class Breakdowns {
    /** Breakdowns are searched among at most this many figures of one report (subsets: 2^N). */
    private static final int MAX_PARTS = 12;

    private final Set<String> pairs = new HashSet<>();

    private Breakdowns() {
    }

    static Breakdowns of(List<ClaimFigure> group) {
        Breakdowns b = new Breakdowns();
        Map<Long, List<ClaimFigure>> byReport = new LinkedHashMap<>();
        for (ClaimFigure f : group) {
            if (exact(f) && f.low() > 0 && !f.denies()) {
                byReport.computeIfAbsent(f.reportId(), k -> new ArrayList<>()).add(f);
            }
        }
        for (ClaimFigure whole : group) {
            if (whole.low() == null || Boolean.TRUE.equals(whole.vague()) || whole.denies()) {
                continue;
            }
            for (List<ClaimFigure> figs : byReport.values()) {
                List<ClaimFigure> parts = figs.stream().filter(f -> f != whole && f.low() < whole.low()).toList();
                if (parts.size() >= 2 && parts.size() <= MAX_PARTS) {
                    b.addSums(parts, whole);
                }
            }
            for (ClaimFigure part : group) {
                if (part != whole && part.reportId() == whole.reportId() && part.high() != null
                        && part.high() < whole.low() && !part.denies() && named(part) != null
                        && !named(part).equals(named(whole))) {
                    b.pairs.add(key(part, whole));
                }
            }
        }
        return b;
    }

    /** Whether one of the two counts a part of the other (or both parts of one whole). */
    boolean parts(ClaimFigure a, ClaimFigure b) {
        return pairs.contains(key(a, b)) || pairs.contains(key(b, a));
    }

    /** Every subset of two or more parts whose sum the whole's range holds: its members and the whole. */
    private void addSums(List<ClaimFigure> parts, ClaimFigure whole) {
        long high = whole.high() == null ? Long.MAX_VALUE : whole.high();
        for (int mask = 1; mask < 1 << parts.size(); mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            long sum = 0;
            List<ClaimFigure> members = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    sum += parts.get(i).low();
                    members.add(parts.get(i));
                }
            }
            if (sum >= whole.low() && sum <= high) {
                for (ClaimFigure m : members) {
                    pairs.add(key(m, whole));
                    members.forEach(o -> pairs.add(key(m, o)));
                }
            }
        }
    }

    private static boolean exact(ClaimFigure f) {
        return !Boolean.TRUE.equals(f.vague()) && f.low() != null && f.low().equals(f.high());
    }

    private static String named(ClaimFigure f) {
        return f.victimsNamed() == null ? null : NameKey.of(f.victimsNamed());
    }

    private static String key(ClaimFigure a, ClaimFigure b) {
        return a.claimId() + "\u0000" + b.claimId();
    }
}
