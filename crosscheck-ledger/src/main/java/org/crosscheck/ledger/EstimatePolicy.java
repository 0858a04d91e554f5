package org.crosscheck.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a publishable figure is drawn from competing claims about one victims' side. Policies are chosen per
 * export; both are stateless and thread-safe. The rules are written out in docs/LEDGER.md.
 */
public interface EstimatePolicy {
    String name();

    /** The estimate for one group; {@code significant} marks a major attack (ACLED's rule for unnumbered deaths). */
    Estimate estimate(VictimGroup group, boolean significant);

    /**
     * Whether an analyst's own figure stands for the reported ones (see {@link Reconciliation#killedBySide}); only
     * {@link #ANALYST} says so, so that no other policy ever counts what no report said.
     */
    default boolean countsAnalystFigures() {
        return false;
    }

    /**
     * Whether the event's deaths are one account's figure ({@link org.crosscheck.ledger.consensus.Accounts}, ACLED's
     * one number per event) rather than the sum of each victims' side's estimate.
     */
    default boolean oneAccount() {
        return false;
    }

    /** ACLED's: the most conservative reported figure. */
    EstimatePolicy ACLED = new Acled();
    /** UCDP-style low / best / high. */
    EstimatePolicy RANGE = new Range();
    /** An analyst's own figure where one is set for a side (or for the whole event), else ACLED's. */
    EstimatePolicy ANALYST = new Analyst();

    static EstimatePolicy named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "acled" -> ACLED;
            case "range", "ucdp" -> RANGE;
            case "analyst" -> ANALYST;
            default -> throw new IllegalArgumentException("unknown policy '" + name + "' (acled, range or analyst)");
        };
    }

    /**
     * What a vague count stands for, as ACLED codes it: "tens" 10, "dozens" 12, "hundreds" 100, "thousands"
     * 1000; words with no number (several, heavy losses) 10 for a significant attack and 3 otherwise.
     */
    static int vagueValue(String text, boolean significant) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (t.contains("thousands")) {
            return 1000;
        }
        if (t.contains("hundreds")) {
            return 100;
        }
        if (t.contains("dozens") || t.contains("dozen")) {
            return 12;
        }
        if (t.contains("tens") || t.contains("scores")) {
            return 10;
        }
        return significant ? 10 : 3;
    }

    /** The figures a policy draws on: asserted counts (denials and zeros are weighed separately). */
    static List<ClaimFigure> asserted(VictimGroup g) {
        List<ClaimFigure> out = new ArrayList<>();
        for (ClaimFigure f : g.figures()) {
            if (!f.denies()) {
                out.add(f);
            }
        }
        return out;
    }

    final class Acled implements EstimatePolicy {
        private Acled() {
        }

        @Override
        public String name() {
            return "acled";
        }

        @Override
        public boolean oneAccount() {
            return true;
        }

        /**
         * The lowest positive figure any claimant gives (a range counts by its low end); 0 only when every
         * figure is zero. A zero against a positive count does not erase the count: the denial is kept in the
         * notes and the contested flag, as ACLED keeps contested reports in its notes.
         */
        @Override
        public Estimate estimate(VictimGroup g, boolean significant) {
            Integer best = null;
            boolean anyZero = false;
            for (ClaimFigure f : asserted(g)) {
                if (f.isZero()) {
                    anyZero = true;
                    continue;
                }
                Integer v = Boolean.TRUE.equals(f.vague()) ? Integer.valueOf(vagueValue(f.countText(), significant))
                        : f.low();
                if (v != null && v > 0 && (best == null || v < best)) {
                    best = v;
                }
            }
            if (best == null) {
                return anyZero ? new Estimate(0, 0, 0) : Estimate.NONE;
            }
            return new Estimate(best, best, best);
        }
    }

    final class Range implements EstimatePolicy {
        private Range() {
        }

        @Override
        public String name() {
            return "range";
        }

        /**
         * low: the lowest figure (a zero counts: someone says none died); high: the highest upper bound (an open
         * range "at least n" counts as n; a vague count by ACLED's word values); best: the median of the
         * independent claimants' figures when there are any; else the figure the victims' own side gives (a party
         * is least likely to inflate its own losses); else the lowest figure a party gives. Best is kept between
         * low and high.
         */
        @Override
        public Estimate estimate(VictimGroup g, boolean significant) {
            List<ClaimFigure> figs = asserted(g);
            if (figs.isEmpty()) {
                return Estimate.NONE;
            }
            int low = Integer.MAX_VALUE;
            int high = 0;
            List<Integer> independent = new ArrayList<>();
            Integer ownSide = null;
            Integer lowestParty = null;
            for (ClaimFigure f : figs) {
                int lo = Boolean.TRUE.equals(f.vague()) ? vagueValue(f.countText(), significant)
                        : f.low() == null ? 0 : f.low();
                int hi = Boolean.TRUE.equals(f.vague()) ? lo : f.high() == null ? lo : f.high();
                low = Math.min(low, lo);
                high = Math.max(high, hi);
                if (!f.party()) {
                    independent.add(lo);
                } else if (f.victimsSideClaim()) {
                    ownSide = ownSide == null ? lo : Math.max(ownSide, lo);
                } else {
                    lowestParty = lowestParty == null ? lo : Math.min(lowestParty, lo);
                }
            }
            int best;
            if (!independent.isEmpty()) {
                independent.sort(null);
                best = independent.get((independent.size() - 1) / 2);
            } else if (ownSide != null) {
                best = ownSide;
            } else {
                best = lowestParty;
            }
            best = Math.max(low, Math.min(high, best));
            return new Estimate(low, best, high);
        }
    }

    final class Analyst implements EstimatePolicy {
        private Analyst() {
        }

        @Override
        public String name() {
            return "analyst";
        }

        /** Where no analyst's figure stands: ACLED's account. */
        @Override
        public boolean oneAccount() {
            return true;
        }

        /** A group no analyst's figure covers: ACLED's figure. */
        @Override
        public Estimate estimate(VictimGroup g, boolean significant) {
            return ACLED.estimate(g, significant);
        }

        @Override
        public boolean countsAnalystFigures() {
            return true;
        }
    }
}
