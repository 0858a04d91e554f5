package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportExtractor;
import org.crosscheck.model.ReportSource;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;
import org.crosscheck.model.UnreadableReportException;
import org.crosscheck.server.http.RequestLimits;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/reports}: a report sent as text or as JSON is stored, its claims answered, and its event is at
 * once in the events list and on the map; bad requests get one-line errors. The extraction is a stand-in written
 * for the test (one place, one event, the "N people were killed" figure), so no NLP model is loaded.
 */
class PostReportTest {
    @TempDir
    static Path dir;
    static ServerRuntime server;
    static Http http;
    static String editor;
    static String reader;

    /** Reads "key: value" lines up to the first blank line as the header, when the text starts with one. */
    static final class TestIntake implements ReportIntake {
        @Override
        public ReportSource read(String name, byte[] text, Fields fields) {
            String s = new String(text, StandardCharsets.UTF_8);
            Map<String, String> header = new LinkedHashMap<>();
            if (s.matches("(?s)[a-z]+: .*?\n\n.*")) {
                int end = s.indexOf("\n\n");
                for (String line : s.substring(0, end).split("\n")) {
                    header.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1).strip());
                }
                s = s.substring(end + 2);
            }
            if (s.isBlank()) {
                throw new UnreadableReportException("no text after the header");
            }
            String published = fields.published() != null ? fields.published() : header.get("published");
            LocalDate day;
            try {
                day = published == null ? null : LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new UnreadableReportException("published date '" + published + "' is not YYYY-MM-DD");
            }
            return new ReportSource(name, fields.title() != null ? fields.title() : header.get("title"),
                    fields.outlet() != null ? fields.outlet() : header.get("outlet"), fields.url(), day, "en",
                    Map.of(), s, false);
        }

        @Override
        public ReportExtractor extractor() {
            return PostReportTest::extract;
        }
    }

    static Extraction extract(ReportSource src) {
        String b = src.body();
        Matcher m = Pattern.compile("(\\d+) people were killed").matcher(b);
        if (!m.find()) {
            throw new UnreadableReportException("the test extractor finds no figure");
        }
        List<Actor> actors = List.of(new Actor("a1", "Provincial police", List.of(), ActorKind.GOVERNMENT, "SD", null,
                null, List.of(Fixtures.span(b, "Police"))), new Actor("a2", "Civilians", List.of("people"),
                ActorKind.CIVILIANS, "SD", null, null, List.of(Fixtures.span(b, "people"))));
        List<Place> places = List.of(new Place("p1", "Ornel", List.of("Ornel"), null, 12.9, 24.1, "SD",
                "Western Province", "Ornel", 1, null, List.of(Fixtures.span(b, "Ornel"))));
        String day = src.published().toString();
        List<Event> events = List.of(new Event("e1", EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack", null,
                new TimeRange(day, day, TimePrecision.DAY, "on Sunday"), "p1", List.of(), null,
                List.of(Fixtures.span(b, m.group()))));
        return Fixtures.report(src.name(), src.title(), src.outlet(), src.published(), b, actors, places, events,
                List.of(Fixtures.casualty("c1", "a1", Stance.ASSERTS, Outcome.KILLED, "a2",
                        Count.exactly(Integer.parseInt(m.group(1)), m.group(1) + " people"),
                        Fixtures.span(b, m.group())))).extraction();
    }

    @BeforeAll
    static void start() {
        CrosscheckConfig config = Fixtures.ledger(dir);
        TokenStore tokens = new TokenStore(CrosscheckServer.tokenFile(config));
        editor = tokens.create(Role.EDITOR, "test analyst");
        reader = tokens.create(Role.READER, "test reader");
        server = ServerRuntime.start(config, new CrosscheckServer.Options("127.0.0.1", 0, false), new TestIntake(),
                s -> { });
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aReportSentAsTextIsOnTheListAndTheMapAtOnce() throws Exception {
        String text = "title: Attack near Ornel (fictional)\npublished: 2025-06-01\n\nPolice in Ornel said 7 people "
                + "were killed on Sunday.\n";
        Http.Res r = http.post("/api/reports", editor, "text/plain; charset=utf-8", text);
        assertEquals(201, r.status(), r.raw().body());
        assertEquals("stored", r.json().get("status").asText());
        long reportId = r.json().get("report_id").asLong();
        JsonNode claims = r.json().get("claims");
        assertEquals(1, claims.size());
        assertEquals(7, claims.get(0).get("casualties").get("count").get("low").asInt(), r.raw().body());
        assertEquals(1, r.json().get("events").size());
        long event = r.json().get("events").get(0).asLong();

        JsonNode listed = http.get("/api/events?limit=500").json().get("events");
        assertTrue(Http.ids(listed).contains(event), listed.toString());
        boolean onMap = false;
        for (JsonNode p : http.get("/api/events/points").json().get("points")) {
            onMap |= p.get(0).asLong() == event && Math.abs(p.get(1).asDouble() - 12.9) < 1e-6;
        }
        assertTrue(onMap, "the posted report's event is a point on the map");
        JsonNode page = http.get("/api/reports/" + reportId).json();
        assertEquals("Attack near Ornel (fictional)", page.get("report").get("title").asText());

        Http.Res again = http.post("/api/reports", editor, "text/plain; charset=utf-8", text);
        assertEquals(200, again.status());
        assertEquals("unchanged", again.json().get("status").asText());
        assertEquals(reportId, again.json().get("report_id").asLong());
    }

    @Test
    void jsonFieldsReplaceTheHeader() throws Exception {
        String body = Http.JSON.writeValueAsString(Map.of("text", "Police in Ornel said 4 people were killed on "
                + "Sunday, a week after the first attack.", "published", "2025-06-08", "outlet", "Example Wire",
                "name", "wire-0608.txt"));
        Http.Res r = http.post("/api/reports", editor, "application/json", body);
        assertEquals(201, r.status(), r.raw().body());
        JsonNode page = http.get("/api/reports/" + r.json().get("report_id").asLong()).json().get("report");
        assertEquals("Example Wire", page.get("outlet").asText());
        assertEquals("2025-06-08", page.get("published").asText());
        assertEquals("wire-0608.txt", page.get("name").asText());
    }

    @Test
    void refusalsAreOneLine() throws Exception {
        String text = "Police in Ornel said 2 people were killed.";
        assertEquals(401, http.post("/api/reports", null, "text/plain", text).status());
        assertEquals(403, http.post("/api/reports", reader, "text/plain", text).status());
        Http.Res html = http.post("/api/reports", editor, "text/html", text);
        assertEquals(415, html.status());
        assertTrue(html.message().contains("text/plain"), html.message());
        Http.Res empty = http.post("/api/reports", editor, "text/plain", "title: Nothing\n\n   ");
        assertEquals(400, empty.status());
        assertEquals("report: no text after the header", empty.message());
        Http.Res noText = http.post("/api/reports", editor, "application/json", "{\"outlet\": \"x\"}");
        assertEquals(400, noText.status());
        assertTrue(noText.message().contains("'text'"), noText.message());
        Http.Res badDate = http.post("/api/reports", editor, "application/json",
                "{\"text\": \"Police said 2 people were killed.\", \"published\": \"June\"}");
        assertEquals(400, badDate.status());
        assertEquals("report: published date 'June' is not YYYY-MM-DD", badDate.message());
        assertEquals(413, http.statusForDeclaredBody("/api/reports", editor, "text/plain",
                RequestLimits.MAX_BODY_BYTES + 1));
    }
}
