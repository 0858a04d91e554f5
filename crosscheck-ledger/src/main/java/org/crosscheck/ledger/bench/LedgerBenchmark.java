package org.crosscheck.ledger.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.crosscheck.json.ReportJson;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportSource;

/**
 * Measures the ledger: ingest rate while a store grows to {@code events} ledger events (a template extraction
 * replicated with shifted dates and places, claims cloned to {@code claimsPerEvent}), then the latency of
 * {@code events} queries of every filter kind (p50/p95 over {@code queries} runs after a warm-up). Resumable:
 * copies already in the store are skipped, so a long fill can be stopped and continued.
 *
 * <p>Usage: {@code LedgerBenchmark --jdbc URL | --data DIR [--events 100000] [--claims-per-event 10]
 * [--queries 300] [--template EXTRACTION.json BODY.txt]}
 */
public final class LedgerBenchmark {
    /** What one run found. */
    public record Result(String server, long reports, long events, long claims, double ingestReportsPerSecond,
                         double ingestClaimsPerSecond, double p50Millis, double p95Millis, double maxMillis) {
    }

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String jdbc = null;
        Path data = null;
        int events = 100_000;
        int claimsPerEvent = 10;
        int queries = 300;
        Path templateJson = null;
        Path templateBody = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jdbc" -> jdbc = args[++i];
                case "--data" -> data = Path.of(args[++i]);
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--claims-per-event" -> claimsPerEvent = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--template" -> {
                    templateJson = Path.of(args[++i]);
                    templateBody = Path.of(args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (jdbc == null && data == null) {
            throw new IllegalArgumentException("give --jdbc URL or --data DIR");
        }
        Synthetic.Report template = templateJson == null ? Synthetic.kalat() : load(templateJson, templateBody);
        String url = jdbc != null ? jdbc : Ledger.h2Url(data);
        try (Ledger ledger = Ledger.open(url)) {
            run(ledger, template, events, claimsPerEvent, queries, System.out);
        }
    }

    /** Reads a report's extraction JSON (as {@code crosscheck extract} prints it) and its text as a template. */
    static Synthetic.Report load(Path json, Path body) throws java.io.IOException {
        Extraction x = new ReportJson().read(Files.readString(json));
        String text = x.report().body() != null ? x.report().body() : Files.readString(body);
        String b = text;
        // The header of a report file is not part of the body the offsets refer to.
        if (x.report().body() == null && text.contains("\n\n") && text.startsWith("title:")) {
            b = text.substring(text.indexOf("\n\n") + 2);
        }
        ReportSource src = new ReportSource(body.getFileName().toString(), x.report().title(), x.report().outlet(),
                x.report().url(), x.report().published(), x.report().language(), java.util.Map.of(), b, false);
        return new Synthetic.Report(src, x);
    }

    public static Result run(Ledger ledger, Synthetic.Report template, int targetEvents, int claimsPerEvent,
                             int queries, PrintStream out) {
        int perReport = Math.max(1, template.extraction().events().size());
        int reportsNeeded = (targetEvents + perReport - 1) / perReport;
        Ledger.Stats start = ledger.stats();
        out.printf("server: %s%n", ledger.serverVersion());
        out.printf("store holds %d reports, %d ledger events, %d claims; filling to %d reports%n", start.reports(),
                start.ledgerEvents(), start.claims(), reportsNeeded);
        long t0 = System.nanoTime();
        int done = 0;
        long lastPrint = t0;
        for (int i = (int) start.reports(); i < reportsNeeded; i++) {
            Synthetic.Report r = Synthetic.replicate(template, i, claimsPerEvent);
            ledger.ingest(r.extraction(), r.source());
            done++;
            if (System.nanoTime() - lastPrint > 30_000_000_000L) {
                lastPrint = System.nanoTime();
                out.printf("  %d/%d reports, %.0f reports/s%n", i + 1, reportsNeeded,
                        done / ((lastPrint - t0) / 1e9));
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Ledger.Stats end = ledger.stats();
        double rps = done == 0 ? Double.NaN : done / secs;
        double cps = done == 0 ? Double.NaN : (end.claims() - start.claims()) / secs;
        if (done > 0) {
            out.printf("ingest: %d reports in %.1f s = %.1f reports/s, %.0f claims/s%n", done, secs, rps, cps);
        }
        out.printf("store: %d reports, %d ledger events, %d claims%n", end.reports(), end.ledgerEvents(), end.claims());

        List<EventQuery> mix = queryMix(new Random(42), template);
        for (int i = 0; i < Math.min(60, queries); i++) {
            ledger.events(mix.get(i % mix.size()));
        }
        double[] ms = new double[queries];
        List<List<Double>> byKind = new ArrayList<>();
        for (int k = 0; k < KINDS; k++) {
            byKind.add(new ArrayList<>());
        }
        long rows = 0;
        for (int i = 0; i < queries; i++) {
            long q0 = System.nanoTime();
            rows += ledger.events(mix.get(i % mix.size())).size();
            ms[i] = (System.nanoTime() - q0) / 1e6;
            byKind.get(i % KINDS).add(ms[i]);
        }
        for (int k = 0; k < KINDS; k++) {
            double[] km = byKind.get(k).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (km.length > 0) {
                out.printf("  %-34s p50 %7.1f ms, p95 %7.1f ms, max %7.1f ms (%d runs)%n", KIND_NAMES[k],
                        km[(int) Math.floor(0.50 * (km.length - 1))], km[(int) Math.floor(0.95 * (km.length - 1))],
                        km[km.length - 1], km.length);
            }
        }
        Arrays.sort(ms);
        double p50 = ms[(int) Math.floor(0.50 * (queries - 1))];
        double p95 = ms[(int) Math.floor(0.95 * (queries - 1))];
        out.printf("events query over %d runs (%d kinds, %.0f rows on average): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                queries, KINDS, rows / (double) queries, p50, p95, ms[queries - 1]);
        return new Result(ledger.serverVersion(), end.reports(), end.ledgerEvents(), end.claims(), rps, cps, p50, p95,
                ms[queries - 1]);
    }

    private static final int KINDS = 9;
    private static final String[] KIND_NAMES = {"dates (30 days)", "dates (1 year) + country", "admin1",
        "dates (30 days) + actor", "claimant", "dates (90 days) + contested", "country + actor + claimant + contested",
        "country", "contested"};

    /** Queries a user would type: date windows alone and with a country, actor or contest; and without dates a
     * province, a claimant, a country, contested events, and all of these with an actor. */
    private static List<EventQuery> queryMix(Random rnd, Synthetic.Report template) {
        LocalDate base = template.extraction().events().stream().filter(e -> e.time() != null && e.time().start() != null)
                .map(e -> LocalDate.parse(e.time().start().substring(0, 10))).findFirst().orElse(LocalDate.of(2020, 1, 1));
        String country = template.extraction().places().stream().map(p -> p.country()).filter(c -> c != null)
                .findFirst().orElse(null);
        String admin1 = template.extraction().places().stream().map(p -> p.admin1()).filter(c -> c != null)
                .findFirst().orElse(null);
        String actor = template.extraction().actors().get(0).name();
        String claimant = template.extraction().claims().stream().map(c -> c.claimant())
                .filter(c -> !c.equals("outlet")).findFirst()
                .flatMap(id -> template.extraction().actors().stream().filter(a -> a.id().equals(id)).findFirst())
                .map(a -> a.aliases().isEmpty() ? a.name() : a.aliases().get(0)).orElse(actor);
        List<EventQuery> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            LocalDate from = base.plusDays(rnd.nextInt(9_000));
            LocalDate to = from.plusDays(30);
            // Queries without dates page through the results (pages 1 to 5): H2 hands back the stored result of a
            // statement run again with the same parameters, which would time a cache, not the query.
            int page = (i % 5) * 100;
            out.add(new EventQuery(from, to, null, null, null, null, null, 100, 0));
            out.add(new EventQuery(from, from.plusDays(365), country, null, null, null, null, 100, 0));
            out.add(new EventQuery(null, null, null, admin1, null, null, null, 100, page));
            out.add(new EventQuery(from, to, null, null, actor, null, null, 100, 0));
            out.add(new EventQuery(null, null, null, null, null, claimant, null, 100, page));
            out.add(new EventQuery(from, from.plusDays(90), null, null, null, null, true, 100, 0));
            out.add(new EventQuery(null, null, country, null, actor, claimant, true, 100, page));
            out.add(new EventQuery(null, null, country, null, null, null, null, 100, page));
            out.add(new EventQuery(null, null, null, null, null, null, true, 100, page));
        }
        return out;
    }
}
