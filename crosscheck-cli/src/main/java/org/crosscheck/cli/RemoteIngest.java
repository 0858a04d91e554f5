package org.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.extract.input.ReportOverrides;
import org.crosscheck.ledger.ingest.HtmlReportReader;

/**
 * {@code crosscheck ingest --server URL}: each report file sent to a running server's {@code POST /api/reports},
 * which extracts, matches and stores it in the ledger it serves (the server is the ledger's one writer while it
 * runs, so its write lock and its search index stay true). One line per report, as the local ingest prints; a
 * report the server refuses is named with the server's one-line reason and the others go on. Not thread-safe.
 */
final class RemoteIngest {
    /** The server loads its pipeline on the first report and extracts within its time budget: wait long. */
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final URI endpoint;
    private final String token;
    private final ReportOverrides overrides;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    RemoteIngest(String server, String token, ReportOverrides overrides) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        URI uri;
        try {
            uri = URI.create(base + "/api/reports");
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("--server " + server + " is not a URL", null);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new CommandFailure("--server " + server + " is not an http(s) URL such as "
                    + "http://127.0.0.1:8080", null);
        }
        this.endpoint = uri;
        this.token = token;
        this.overrides = overrides;
    }

    /** Sends every file; returns how many were stored or already there, printing failures to {@code failures}. */
    int send(List<Path> files, PrintWriter out, BatchFailures failures) {
        int stored = 0;
        for (Path f : files) {
            try {
                JsonNode r = post(f);
                out.printf("%-12s report %d  %s%s%n", r.path("status").asText(), r.path("report_id").asLong(), f,
                        r.path("events").isEmpty() ? "" : "  events " + r.path("events"));
                out.flush();
                stored++;
            } catch (Refused e) {
                failures.add(f + ": " + e.getMessage(), null);
            }
        }
        return stored;
    }

    /** A report the server (or the way to it) refused, with the reason in one line. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private JsonNode post(Path f) throws Refused {
        if (HtmlReportReader.isHtml(f)) {
            throw new Refused("HTML pages are ingested into a local ledger only; send the text as a .txt report");
        }
        ObjectNode body = json.createObjectNode();
        try {
            body.put("text", utf8(Files.readAllBytes(f)));
        } catch (IOException e) {
            throw new Refused("cannot read: " + Main.oneLine(e.getMessage()));
        }
        Path name = f.getFileName();
        body.put("name", name == null ? f.toString() : name.toString());
        putIfSet(body, "title", overrides.title());
        putIfSet(body, "outlet", overrides.outlet());
        putIfSet(body, "url", overrides.url());
        putIfSet(body, "published", overrides.published());
        HttpResponse<String> r;
        try {
            r = client.send(HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Refused("cannot reach the server at " + endpoint.resolve("/") + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : Main.oneLine(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted");
        }
        JsonNode answer;
        try {
            answer = json.readTree(r.body());
        } catch (IOException e) {
            throw new Refused("the server answered " + r.statusCode() + " with no JSON (is " + endpoint.resolve("/")
                    + " a Crosscheck server?)");
        }
        if (r.statusCode() >= 300) {
            String msg = answer.path("error").path("message").asText("");
            throw new Refused("the server refused it (" + r.statusCode() + "): "
                    + (msg.isEmpty() ? "no reason given" : Main.oneLine(msg)));
        }
        return answer;
    }

    private static void putIfSet(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static String utf8(byte[] bytes) throws Refused {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("not UTF-8 text");
        }
    }
}
