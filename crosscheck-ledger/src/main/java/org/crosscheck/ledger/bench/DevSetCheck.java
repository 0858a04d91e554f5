package org.crosscheck.ledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.Explanation;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.ledger.ReportRef;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.Outcome;

/**
 * Checks a ledger against an index of reports grouped by incident (the {@code file} and {@code incident_group}
 * columns of a tab-separated file such as {@code ../shared/dev/INDEX.tsv}):
 * <ul>
 *   <li>each group's incident is one ledger event drawing on every report of the group (an operation counts with
 *       its incidents);</li>
 *   <li>no ledger event draws on reports of two groups (a report without a group is a group of its own);</li>
 *   <li>for each {@code --contested GROUP:N}: the group's event is contested, some claimant gives N killed, some
 *       claimant denies, and a contest reason sets a denial against the N killed;</li>
 *   <li>every row of the ACLED export gives a fatalities figure a report states ({@link StatedFatalities});</li>
 *   <li>every report's extracted claims are held, for an event or as background, and no background figure counts
 *       for an event ({@link EveryClaimKept}).</li>
 * </ul>
 * Prints one line per group (events touching it, reports covered, verdict) and exits 1 when a check fails.
 *
 * <p>Usage: {@code DevSetCheck --data DIR | --jdbc URL --index INDEX.tsv [--contested GROUP:N]... [--replay DIR]};
 * {@code --replay DIR} first fills the (empty) store from the reports and extractions stored in another data
 * folder, to try matching rules on fixed extractions.
 */
public final class DevSetCheck {
    private DevSetCheck() {
    }

    public static void main(String[] args) throws Exception {
        String jdbc = null;
        Path data = null;
        Path index = null;
        Path replay = null;
        Map<String, Integer> contested = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jdbc" -> jdbc = args[++i];
                case "--data" -> data = Path.of(args[++i]);
                case "--index" -> index = Path.of(args[++i]);
                case "--replay" -> replay = Path.of(args[++i]);
                case "--contested" -> {
                    String[] gn = args[++i].split(":");
                    contested.put(gn[0], Integer.parseInt(gn[1]));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if ((jdbc == null && data == null) || index == null) {
            throw new IllegalArgumentException("give --data DIR or --jdbc URL, and --index INDEX.tsv");
        }
        String url = jdbc != null ? jdbc : Ledger.h2Url(data.resolve("ledger"));
        try (Ledger ledger = Ledger.open(url)) {
            if (replay != null) {
                replay(replay, ledger);
            }
            System.exit(check(ledger, readIndex(index), contested, System.out) ? 0 : 1);
        }
    }

    /**
     * Ingests every report of the store in {@code fromData}, in the order it was stored, with the extraction stored
     * with it: the matching and reconciliation of this code on the same extractions, without running the extractor.
     */
    static void replay(Path fromData, Ledger into) {
        try (Ledger from = Ledger.open(Ledger.h2Url(fromData.resolve("ledger")))) {
            long n = from.stats().reports();
            for (long id = 1; id <= n; id++) {
                into.ingest(from.extraction(id), from.source(id));
            }
        }
    }

    /** file name → incident group ("" for none), in the index's order. */
    public static Map<String, String> readIndex(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        List<String> head = List.of(lines.get(0).split("\t", -1));
        int file = head.indexOf("file");
        int group = head.indexOf("incident_group");
        if (file < 0 || group < 0) {
            throw new IllegalArgumentException(tsv + ": needs the columns file and incident_group");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.put(f[file], group < f.length ? f[group].strip() : "");
        }
        return out;
    }

    /** Runs the checks and prints the table; true when every check holds. */
    public static boolean check(Ledger ledger, Map<String, String> index, Map<String, Integer> contested,
                                PrintStream out) {
        // Every active ledger event with the files of its reports; an operation also as a family with its incidents.
        Map<Long, Explanation> why = new TreeMap<>();
        for (LedgerEvent e : ledger.events(EventQuery.all().withLimit(Integer.MAX_VALUE))) {
            why.put(e.id(), ledger.why(e.id()));
        }
        Map<Long, Set<String>> files = new TreeMap<>();
        why.forEach((id, x) -> files.put(id, names(x.reports())));
        Map<Long, Set<String>> familyFiles = new TreeMap<>();
        for (long id : why.keySet()) {
            Set<String> f = new TreeSet<>();
            collect(id, why, files, f, new LinkedHashSet<>());
            familyFiles.put(id, f);
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        index.forEach((file, g) -> {
            if (!g.isEmpty()) {
                groups.computeIfAbsent(g, k -> new TreeSet<>()).add(file);
            }
        });
        boolean ok = true;
        out.printf("%-48s %7s %8s %-12s %s%n", "GROUP", "EVENTS", "REPORTS", "VERDICT", "DETAIL");
        for (Map.Entry<String, Set<String>> g : groups.entrySet()) {
            Set<String> want = g.getValue();
            Set<Long> touching = new TreeSet<>();
            files.forEach((id, f) -> {
                if (f.stream().anyMatch(want::contains)) {
                    touching.add(id);
                }
            });
            // The event (with its incidents, if an operation) that covers most of the group's reports.
            Long best = null;
            int bestCover = -1;
            for (Map.Entry<Long, Set<String>> e : familyFiles.entrySet()) {
                if (why.get(e.getKey()).event().parentId() != null) {
                    continue;
                }
                int cover = (int) e.getValue().stream().filter(want::contains).count();
                if (cover > bestCover) {
                    best = e.getKey();
                    bestCover = cover;
                }
            }
            Set<String> missing = new TreeSet<>(want);
            if (best != null) {
                missing.removeAll(familyFiles.get(best));
            }
            boolean whole = best != null && missing.isEmpty();
            StringBuilder detail = new StringBuilder();
            detail.append("best event ").append(best).append(" has ").append(Math.max(bestCover, 0)).append('/')
                    .append(want.size());
            if (!missing.isEmpty()) {
                detail.append(", missing ").append(missing);
            }
            boolean contestOk = true;
            Integer n = contested.get(g.getKey());
            if (n != null && best != null) {
                Explanation x = why.get(best);
                List<Explanation> family = new ArrayList<>();
                family.add(x);
                x.children().forEach(c -> family.add(why.get(c)));
                boolean isContested = family.stream().anyMatch(f -> f.reconciliation().contested());
                boolean hasN = family.stream().flatMap(f -> f.reconciliation().groups().stream())
                        .filter(vg -> vg.outcome() == Outcome.KILLED).flatMap(vg -> vg.figures().stream())
                        .anyMatch(f -> !f.denies() && f.low() != null && f.low() <= n
                                && (f.high() == null ? f.low() == n.intValue() : f.high() >= n));
                boolean denial = family.stream().anyMatch(f -> f.reconciliation().groups().stream()
                        .flatMap(vg -> vg.figures().stream()).anyMatch(ClaimFigure::denies)
                        || f.reconciliation().otherClaims().stream().anyMatch(ClaimFigure::denies));
                // The contest must set a denial against the figure itself, not only against some other claim.
                boolean denialAgainstN = family.stream().flatMap(f -> f.reconciliation().contestReasons().stream())
                        .anyMatch(r -> r.contains(" denies") && r.matches(".*\\b" + n + "( [^;,]*)? killed.*"));
                contestOk = isContested && hasN && denial && denialAgainstN;
                detail.append(String.format("; %d killed given: %s, a denial: %s, denial against the %d: %s, "
                        + "contested: %s", n, hasN ? "yes" : "no", denial ? "yes" : "no", n,
                        denialAgainstN ? "yes" : "no", isContested ? "yes" : "no"));
                if (!hasN) {
                    detail.append(" (killed figures: ").append(killed(family)).append(')');
                }
            }
            boolean pass = whole && contestOk;
            ok &= pass;
            out.printf("%-48s %7d %8s %-12s %s%n", g.getKey(), touching.size(),
                    Math.max(bestCover, 0) + "/" + want.size(), pass ? "OK" : "FAIL", detail);
        }
        // Events that draw on reports of two groups.
        int mixed = 0;
        for (Map.Entry<Long, Set<String>> e : files.entrySet()) {
            Set<String> gs = new TreeSet<>();
            for (String f : e.getValue()) {
                String g = index.getOrDefault(f, "");
                gs.add(g.isEmpty() ? "(no group) " + f : g);
            }
            if (gs.size() > 1) {
                mixed++;
                out.printf("MIXED event %d draws on %s: %s%n", e.getKey(), e.getValue(), gs);
            }
        }
        boolean stated = StatedFatalities.check(ledger, out) & EveryClaimKept.check(ledger, out);
        out.printf("%d groups, %d ledger events, %d events mixing groups: %s%n", groups.size(), files.size(), mixed,
                ok && mixed == 0 && stated ? "PASS" : "FAIL");
        return ok && mixed == 0 && stated;
    }

    private static void collect(long id, Map<Long, Explanation> why, Map<Long, Set<String>> files, Set<String> out,
                                Set<Long> seen) {
        if (!seen.add(id) || !why.containsKey(id)) {
            return;
        }
        out.addAll(files.get(id));
        for (long c : why.get(id).children()) {
            collect(c, why, files, out, seen);
        }
    }

    private static Set<String> names(List<ReportRef> refs) {
        Set<String> out = new TreeSet<>();
        for (ReportRef r : refs) {
            out.add(Path.of(r.name()).getFileName().toString());
        }
        return out;
    }

    private static String killed(List<Explanation> family) {
        List<String> out = new ArrayList<>();
        for (Explanation x : family) {
            for (VictimGroup vg : x.reconciliation().groups()) {
                if (vg.outcome() == Outcome.KILLED) {
                    vg.figures().stream().sorted(Comparator.comparing(ClaimFigure::claimId))
                            .forEach(f -> out.add(f.claimant() + " " + f.stance() + " " + f.countText()));
                }
            }
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }
}
