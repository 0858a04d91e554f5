package org.crosscheck.server.view;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.Estimate;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.Outcome;

/**
 * Deaths over time for the charts page, under one policy: per claimant (the policy applied to that claimant's
 * own figures for each victims' side of an event) and per victims' side (the policy applied to every claimant's
 * figures for it). Each series is a list of days with the deaths of the events that start on that day. The
 * largest {@code series} series are named; the rest are summed in one "other" series. Immutable.
 */
public record DeathsChartView(String policy, String policyDescription, int events, int undated, boolean truncated,
                              List<Series> byClaimant, List<Series> bySide) {
    public DeathsChartView {
        byClaimant = List.copyOf(byClaimant);
        bySide = List.copyOf(bySide);
    }

    /** One named series: its total and its days, oldest first. {@code other} marks the sum of the smaller ones. */
    public record Series(String name, boolean other, long total, List<Day> days) {
        public Series {
            days = List.copyOf(days);
        }
    }

    /** Deaths on one day, written as {@code [date, deaths]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Day(LocalDate date, long deaths) {
    }

    public static DeathsChartView of(List<Explanation> events, EstimatePolicy policy, String policyName,
                                     String policyDescription, int series, boolean truncated) {
        Map<String, Map<LocalDate, Long>> claimants = new HashMap<>();
        Map<String, Map<LocalDate, Long>> sides = new HashMap<>();
        int undated = 0;
        for (Explanation why : events) {
            LocalDate day = why.event().startDate();
            if (day == null) {
                undated++;
                continue;
            }
            boolean significant = why.reconciliation().significant();
            for (VictimGroup g : why.reconciliation().groups()) {
                if (g.outcome() != Outcome.KILLED) {
                    continue;
                }
                add(sides, g.victims(), day, policy.estimate(g, significant));
                Map<String, List<ClaimFigure>> byClaimant = new LinkedHashMap<>();
                g.figures().forEach(f -> byClaimant.computeIfAbsent(f.claimant(), k -> new ArrayList<>()).add(f));
                byClaimant.forEach((name, figures) -> add(claimants, name, day, policy.estimate(
                        new VictimGroup(g.victims(), g.victimsKey(), g.victimsKind(), g.outcome(), figures, false,
                                List.of()), significant)));
            }
        }
        return new DeathsChartView(policyName, policyDescription, events.size() - undated, undated, truncated,
                series(claimants, series, "Other claimants"), series(sides, series, "Other victims' sides"));
    }

    private static void add(Map<String, Map<LocalDate, Long>> to, String name, LocalDate day, Estimate e) {
        if (name == null || e.best() == null) {
            return;
        }
        to.computeIfAbsent(name, k -> new TreeMap<>()).merge(day, (long) e.best(), Long::sum);
    }

    private static List<Series> series(Map<String, Map<LocalDate, Long>> all, int named, String otherName) {
        List<Series> ranked = new ArrayList<>();
        all.forEach((name, days) -> ranked.add(new Series(name, false,
                days.values().stream().mapToLong(Long::longValue).sum(),
                days.entrySet().stream().map(d -> new Day(d.getKey(), d.getValue())).toList())));
        ranked.sort(Comparator.comparingLong(Series::total).reversed().thenComparing(Series::name));
        if (ranked.size() <= named + 1) {
            return ranked;
        }
        Map<LocalDate, Long> rest = new TreeMap<>();
        ranked.subList(named, ranked.size()).forEach(s -> s.days().forEach(d -> rest.merge(d.date(), d.deaths(),
                Long::sum)));
        List<Series> out = new ArrayList<>(ranked.subList(0, named));
        out.add(new Series(otherName + " (" + (ranked.size() - named) + ")", true,
                rest.values().stream().mapToLong(Long::longValue).sum(),
                rest.entrySet().stream().map(d -> new Day(d.getKey(), d.getValue())).toList()));
        return out;
    }
}
