package org.crosscheck.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.bench.Synthetic;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Hashing;
import org.crosscheck.model.ReportMeta;
import org.crosscheck.model.ReportSource;
import org.crosscheck.server.CrosscheckServer;
import org.crosscheck.server.ServerRuntime;

/**
 * Load benchmark of the API (not a test): fills a ledger to {@code --events} ledger events with the ledger
 * module's synthetic reports (resumable), and with {@code --big-report-kb N} one report of N KB whose one rare word
 * ({@code zanzibar}) is at its end; starts the server on 127.0.0.1, then sends a bounded number of requests from
 * {@code --concurrency} client threads in this JVM. {@code --queries events} (the default) mixes the events list's
 * filters, sorts and pages; {@code --queries search} mixes full-text searches (claims, reports, a prefix, a fuzzy
 * term, the big report); {@code big} searches only the big report's word, {@code prefix} only
 * {@code ka*} with 100 hits. Prints requests/s and latency percentiles. Only loopback is ever contacted.
 *
 * <p>Usage: {@code ServerBenchmark --data DIR [--events 100000] [--requests 20000] [--concurrency 8]
 * [--max-seconds 120] [--queries events|search|big|prefix] [--big-report-kb 0]}
 */
public final class ServerBenchmark {
    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        int events = 100_000;
        int requests = 20_000;
        int concurrency = 8;
        int maxSeconds = 120;
        String queries = "events";
        int bigKb = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--max-seconds" -> maxSeconds = Integer.parseInt(args[++i]);
                case "--queries" -> queries = args[++i];
                case "--big-report-kb" -> bigKb = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        CrosscheckConfig config = new CrosscheckConfig(data, null, CrosscheckConfig.DEFAULT_MAX_REPORT_BYTES, 2);
        String[] mix = switch (queries) {
            case "events" -> EVENT_QUERIES;
            case "search" -> SEARCH_QUERIES;
            case "big" -> new String[] {"/api/search?q=zanzibar"};
            case "prefix" -> new String[] {"/api/search?q=ka*&limit=100"};
            default -> throw new IllegalArgumentException("--queries is events, search, big or prefix, not "
                    + queries);
        };
        fill(config, events, bigKb);
        long t0 = System.nanoTime();
        try (ServerRuntime rt = ServerRuntime.start(config, new CrosscheckServer.Options("127.0.0.1", 0, false),
                s -> System.err.println("bench: " + s))) {
            System.err.printf("bench: server ready in %.1f s over %s%n", (System.nanoTime() - t0) / 1e9,
                    rt.ledger().stats());
            String base = "http://127.0.0.1:" + rt.port();
            run(base, mix, Math.max(500, requests / 10), concurrency, maxSeconds, true);
            run(base, mix, requests, concurrency, maxSeconds, false);
        }
    }

    /**
     * Ingests synthetic reports (four ledger events each) until the ledger holds {@code events} events, and the big
     * report when asked for and not there yet.
     */
    static void fill(CrosscheckConfig config, int events, int bigKb) {
        try (Ledger ledger = Ledger.open(config)) {
            Synthetic.Report template = Synthetic.kalat();
            if (bigKb > 0) {
                Synthetic.Report big = big(Synthetic.replicate(template, -1, 2), bigKb);
                if (!ledger.holds(big.source().body())) {
                    ledger.ingest(big.extraction(), big.source());
                }
            }
            long have = ledger.stats().ledgerEvents();
            int i = (int) ledger.stats().reports();
            long t0 = System.nanoTime();
            int added = 0;
            while (have < events) {
                Synthetic.Report r = Synthetic.replicate(template, i++, 2);
                ledger.ingest(r.extraction(), r.source());
                added++;
                if (added % 2500 == 0) {
                    have = ledger.stats().ledgerEvents();
                    System.err.printf("bench: %d ledger events (%.0f reports/s)%n", have,
                            added / ((System.nanoTime() - t0) / 1e9));
                }
                if (added % 250 == 0) {
                    have = ledger.stats().ledgerEvents();
                }
            }
        }
    }

    /** A copy of a synthetic report with filler appended to its body up to {@code kb} KB, then a rare word. */
    static Synthetic.Report big(Synthetic.Report r, int kb) {
        StringBuilder b = new StringBuilder(r.source().body());
        Random rnd = new Random(kb);
        while (b.length() < kb * 1024) {
            b.append(' ').append(Long.toString(rnd.nextLong() & 0xFFFFFFFFFFL, 36));
        }
        String body = b.append(" zanzibar.").toString();
        ReportMeta m = r.extraction().report();
        ReportMeta meta = new ReportMeta(Hashing.sha256Hex(body), m.title(), m.outlet(), m.url(), m.published(),
                m.language(), body.length(), null);
        Extraction x = r.extraction();
        ReportSource s = r.source();
        return new Synthetic.Report(new ReportSource("big-report.txt", s.title(), s.outlet(), s.url(), s.published(),
                s.language(), Map.of(), body, false), new Extraction(meta, x.actors(), x.places(), x.events(),
                x.claims()));
    }

    static final String[] SEARCH_QUERIES = {
        "/api/search?q=killed",
        "/api/search?q=killed&limit=100",
        "/api/search?q=ka*&limit=100",
        "/api/search?q=soldiers%20killed&kind=claim",
        "/api/search?q=zanzibar",
        "/api/search?q=frontier~1",
        "/api/search?q=%22at%20least%2025%22",
        "/api/actors?q=baloch",
    };

    static final String[] EVENT_QUERIES = {
        "/api/events",
        "/api/events?limit=100",
        "/api/events?country=PK&contested=true",
        "/api/events?from=2030-01-01&to=2030-12-31",
        "/api/events?sort=-fatalities&limit=50",
        "/api/events?claimant=ISPR&offset=200",
        "/api/events?type=Battles&admin1=Balochistan&offset=1000",
        "/api/events?actor=BLA&from=2026-01-01&sort=date",
    };

    static void run(String base, String[] queries, int requests, int concurrency, int maxSeconds, boolean warmup)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long[] lat = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            fs.add(pool.submit(() -> {
                int n;
                while ((n = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + queries[n % queries.length]))
                            .timeout(Duration.ofSeconds(10)).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    lat[n] = System.nanoTime() - s;
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        int count = done.get();
        long[] sorted = Arrays.copyOf(lat, Math.min(count, lat.length));
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %d requests in %.1f s with %d clients: %.0f req/s, p50 %.1f ms, "
                        + "p95 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%n", warmup ? "warm-up" : "measured", count,
                secs, concurrency, count / secs, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, errors.get());
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
