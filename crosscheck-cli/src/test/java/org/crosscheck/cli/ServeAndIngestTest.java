package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.ledger.LedgerInUseException;
import org.crosscheck.ledger.bench.Synthetic;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportMeta;
import org.crosscheck.server.CrosscheckServer;
import org.crosscheck.server.ServerRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and a running server on one data folder at once: tokens made, listed and revoked by the CLI
 * while the server runs; reports sent with {@code ingest --server} stored by the server and shown at once in its
 * events list and on its map.
 * Extractions are hand-built (no NLP); the server listens on 127.0.0.1 only.
 */
class ServeAndIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final Map<String, Extraction> byBody = new HashMap<>();

    private ExtractorFactory factory() {
        // The extraction written for the body, with the report's fields as the reader gave them.
        ReportExtractor x = source -> {
            Extraction e = byBody.get(source.body().strip());
            ReportMeta m = e.report();
            return new Extraction(new ReportMeta(m.id(), source.title(), source.outlet(), source.url(),
                    source.published(), m.language(), m.chars(), m.body()), e.actors(), e.places(), e.events(),
                    e.claims());
        };
        return config -> x;
    }

    private CliRun cli(String... args) {
        return CliRun.run(factory(), args);
    }

    private Path report(String name, String published, String body, Extraction x) throws Exception {
        byBody.put(body, x);
        return Files.writeString(tmp.resolve(name), "title: " + name + "\noutlet: Test Wire\npublished: " + published
                + "\n\n" + body + "\n");
    }

    @Test
    void theCommandLineAddsReportsThroughTheRunningServer() throws Exception {
        Path data = tmp.resolve("data");
        Synthetic.Report kalat = Synthetic.kalat();
        Path first = report("kalat.txt", "2025-02-01", kalat.source().body().strip(), kalat.extraction());
        assertEquals(0, cli("ingest", "--data", data.toString(), first.toString()).exit());

        CrosscheckConfig config = new CrosscheckConfig(data, null, CrosscheckConfig.DEFAULT_MAX_REPORT_BYTES, 1);
        StringWriter serverLog = new StringWriter();
        try (ServerRuntime server = ServerRuntime.start(config, new CrosscheckServer.Options("127.0.0.1", 0, false),
                new PipelineIntake(config, factory(), System::nanoTime, new PrintWriter(serverLog, true)), s -> { })) {
            String url = "http://127.0.0.1:" + server.port();
            // Tokens are the CLI's to make, list and revoke while the server runs.
            CliRun made = cli("token", "create", "--role", "editor", "--name", "desk", "--data", data.toString());
            assertEquals(0, made.exit(), made.err());
            String token = made.out().strip();
            Path second = report("kerenga.txt", "2019-05-10", LedgerCommandsTest.KERENGA_1,
                    LedgerCommandsTest.kerenga1());
            CliRun sent = cli("ingest", "--server", url, "--token", token, "--outlet", "Desk Wire", second.toString());
            assertEquals(0, sent.exit(), sent.err());
            Matcher stored = Pattern.compile("^stored\\s+report (\\d+)").matcher(sent.out());
            assertTrue(stored.find(), sent.out());
            assertEquals("Desk Wire", get(url + "/api/reports/" + stored.group(1)).get("report").get("outlet").asText(),
                    "the header options travel with the report");

            JsonNode events = get(url + "/api/events?limit=100").get("events");
            long kerenga = -1;
            for (JsonNode e : events) {
                if (e.get("location").asText().equals("Kerenga")) {
                    kerenga = e.get("id").asLong();
                }
            }
            assertTrue(kerenga > 0, "the event of the report sent is listed: " + events);
            boolean onMap = false;
            for (JsonNode p : get(url + "/api/events/points").get("points")) {
                onMap |= p.get(0).asLong() == kerenga && Math.abs(p.get(1).asDouble() - 9.95) < 0.01;
            }
            assertTrue(onMap, "the event is on the map");

            Path third = report("kerenga2.txt", "2019-05-10", LedgerCommandsTest.KERENGA_2,
                    LedgerCommandsTest.kerenga2());
            // A revoked token no longer writes; the refusal names the file and the server's reason.
            CliRun listed = cli("token", "list", "--data", data.toString());
            Matcher id = Pattern.compile("(?m)^([0-9a-f]{12})\\teditor\\tdesk").matcher(listed.out());
            assertTrue(id.find(), listed.out());
            assertEquals(0, cli("token", "revoke", id.group(1), "--data", data.toString()).exit());
            CliRun refused = cli("ingest", "--server", url, "--token", token, third.toString());
            assertEquals(Main.EXIT_FAILED, refused.exit());
            assertTrue(refused.err().contains("kerenga2.txt: the server refused it (401)"), refused.err());
            assertEquals(2, server.ledger().stats().reports());
        }
    }

    @Test
    void aServerThatIsNotThereIsNamed() throws Exception {
        Path f = report("kalat.txt", "2025-02-01", "Some text.", null);
        CliRun r = cli("ingest", "--server", "http://127.0.0.1:9", "--token", "x", f.toString());
        assertEquals(Main.EXIT_FAILED, r.exit());
        assertTrue(r.err().contains("kalat.txt: cannot reach the server at http://127.0.0.1:9/"), r.err());
        CliRun noToken = cli("ingest", "--token", "x", f.toString());
        assertEquals(Main.EXIT_USAGE, noToken.exit());
    }

    @Test
    void aLedgerHeldByAnotherProcessIsNamedInOneLine() {
        // H2 shares an open store within one JVM, so the other process is stood in for by the ledger's error.
        Exception held = new IllegalStateException("ingest", new LedgerInUseException("the ledger at jdbc:h2:file:"
                + "/data/ledger is in use by another process", null));
        assertTrue(Main.ledgerInUse(held));
        assertFalse(Main.ledgerInUse(new IllegalStateException("pool", new IllegalStateException("Connection is "
                + "broken [90067-224]"))));
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}
