package org.crosscheck.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well a ledger groups reports into incidents, against gold groups (a report without a gold group is an
 * incident of its own). A report may tell of several events, so a report's predicted companions are the reports
 * sharing any ledger event with it:
 * <ul>
 *   <li>pairwise: the report pairs sharing an event against the pairs of one gold group (precision, recall, F1);</li>
 *   <li>B-cubed (Bagga and Baldwin), per report: of its predicted companions (itself included), the share in its
 *       gold group (precision), and of its gold group, the share among its companions (recall), averaged;</li>
 *   <li>gold groups split (no one event, with its incidents if an operation, holds every report of the group),
 *       events mixing groups, and events without claims.</li>
 * </ul>
 * The same figures for two trivial answers: every report alone, and all reports one incident. Pure; immutable.
 *
 * @param reports  the scored reports (those of the gold index)
 * @param pairwise report pairs sharing an event
 * @param bcubed   B-cubed over reports
 * @param groups   gold groups of two reports or more
 * @param split    of those, the ones no single event holds whole
 * @param mixing   events drawing on reports of two gold incidents or more
 * @param events   ledger events (active)
 * @param noClaims of those, the ones with no claim
 */
public record MatchingScore(int reports, Prf pairwise, Prf bcubed, int groups, List<String> split, int mixing,
                            int events, int noClaims, Map<String, MatchingScore> baselines) {
    /** Precision, recall and F1; a precision with nothing predicted is 1 (nothing claimed, nothing wrong). */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(double p, double r) {
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** One ledger event: the reports it draws on (with its incidents', for an operation), claims, and whether top. */
    public record Event(long id, Set<String> reports, Set<String> familyReports, int claims) {
    }

    /**
     * @param gold   report → gold group ("" or null: none, the report is an incident of its own)
     * @param events the ledger's events; reports not in {@code gold} are left out
     */
    public static MatchingScore of(Map<String, String> gold, List<Event> events) {
        MatchingScore s = score(gold, events);
        Map<String, MatchingScore> baselines = new LinkedHashMap<>();
        List<Event> alone = new ArrayList<>();
        long id = 0;
        for (String r : gold.keySet()) {
            alone.add(new Event(++id, Set.of(r), Set.of(r), 1));
        }
        baselines.put("every report alone", score(gold, alone));
        baselines.put("all reports one incident", score(gold, List.of(new Event(1, gold.keySet(), gold.keySet(), 1))));
        return new MatchingScore(s.reports, s.pairwise, s.bcubed, s.groups, s.split, s.mixing, s.events, s.noClaims,
                baselines);
    }

    private static MatchingScore score(Map<String, String> gold, List<Event> events) {
        Map<String, String> incident = new TreeMap<>();
        gold.forEach((r, g) -> incident.put(r, g == null || g.isBlank() ? "\u0000" + r : g));
        Map<String, Set<String>> companions = new TreeMap<>();
        incident.keySet().forEach(r -> companions.put(r, new TreeSet<>(Set.of(r))));
        int mixing = 0;
        int noClaims = 0;
        for (Event e : events) {
            List<String> in = e.reports().stream().filter(incident::containsKey).toList();
            for (String a : in) {
                companions.get(a).addAll(in);
            }
            if (in.stream().map(incident::get).distinct().count() > 1) {
                mixing++;
            }
            if (e.claims() == 0) {
                noClaims++;
            }
        }
        Map<String, Set<String>> members = new TreeMap<>();
        incident.forEach((r, g) -> members.computeIfAbsent(g, k -> new TreeSet<>()).add(r));
        // Pairwise.
        long predicted = 0;
        long goldPairs = 0;
        long right = 0;
        for (String a : incident.keySet()) {
            for (String b : incident.keySet()) {
                if (a.compareTo(b) >= 0) {
                    continue;
                }
                boolean p = companions.get(a).contains(b);
                boolean g = incident.get(a).equals(incident.get(b));
                predicted += p ? 1 : 0;
                goldPairs += g ? 1 : 0;
                right += p && g ? 1 : 0;
            }
        }
        Prf pairwise = Prf.of(predicted == 0 ? 1 : (double) right / predicted, goldPairs == 0 ? 1
                : (double) right / goldPairs);
        // B-cubed.
        double bp = 0;
        double br = 0;
        for (String r : incident.keySet()) {
            Set<String> mine = members.get(incident.get(r));
            Set<String> with = companions.get(r);
            long both = with.stream().filter(mine::contains).count();
            bp += (double) both / with.size();
            br += (double) both / mine.size();
        }
        int n = incident.size();
        Prf bcubed = n == 0 ? Prf.of(1, 1) : Prf.of(bp / n, br / n);
        // Groups held whole by one event (with its incidents).
        List<String> split = new ArrayList<>();
        int groups = 0;
        for (Map.Entry<String, Set<String>> g : members.entrySet()) {
            if (g.getValue().size() < 2) {
                continue;
            }
            groups++;
            if (events.stream().noneMatch(e -> e.familyReports().containsAll(g.getValue()))) {
                split.add(g.getKey());
            }
        }
        return new MatchingScore(n, pairwise, bcubed, groups, split, mixing, events.size(), noClaims, Map.of());
    }

    /** The figures as a table, the trivial answers beside them. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-26s %6s %6s %6s   %6s %6s %6s   %5s %5s %6s %9s%n", "answer",
                "pair P", "pair R", "pair F", "B3 P", "B3 R", "B3 F", "split", "mixed", "events", "no claims"));
        row(b, "ledger", this);
        baselines.forEach((name, s) -> row(b, name, s));
        b.append(String.format(Locale.ROOT, "%d reports, %d gold groups of 2 or more; split: %s%n", reports, groups,
                split.isEmpty() ? "none" : String.join(", ", split)));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, MatchingScore s) {
        b.append(String.format(Locale.ROOT, "%-26s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %5d %5d %6d %9d%n", name,
                s.pairwise.precision(), s.pairwise.recall(), s.pairwise.f1(), s.bcubed.precision(), s.bcubed.recall(),
                s.bcubed.f1(), s.split.size(), s.mixing, s.events, s.noClaims));
    }
}
