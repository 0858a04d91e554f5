package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events list (served from the search index), the single-event API and the exports agree with the store after
 * every write (ingest, split, merge, edit), including writes the ledger should refuse, and after the index is
 * rebuilt from the store.
 */
class IndexConsistencyTest {
    @TempDir
    Path dir;

    ServerRuntime server;
    Http http;
    String editor;

    @Test
    void theListAgreesWithTheStoreAfterEveryWriteAndAfterARebuild() throws Exception {
        CrosscheckConfig config = Fixtures.ledger(dir);
        editor = new TokenStore(CrosscheckServer.tokenFile(config)).create(Role.EDITOR, "consistency test");
        start(config);
        try {
            agree("at start");
            long hostile = event("&from=2025-03-09&to=2025-03-09", "Tanjara");
            long market = event("&from=2025-03-03&to=2025-03-03", "Tanjara");
            long panjgur = event("&country=PK", "Panjgur");
            long hostileReport = http.get("/api/events/" + hostile).json().get("reports").get(0).get("id").asLong();

            write("/api/events/" + hostile + "/split", "{\"report_id\":" + hostileReport + ",\"why\":\"t1\"}");
            agree("after a split that leaves an event without reports");
            write("/api/events/" + market + "/merge", "{\"absorbed\":" + hostile + ",\"why\":\"t2\"}");
            agree("after merging the empty event");
            // The ledger refuses these (the event is no longer active), and the list follows the store.
            refused("/api/events/" + hostile + "/merge", "{\"absorbed\":" + panjgur + ",\"why\":\"t3\"}");
            agree("after a merge into an absorbed event");
            refused("/api/events/" + hostile + "/edits", "{\"field\":\"location\",\"value\":\"Elsewhere\",\"why\":\"t4\"}");
            agree("after an edit of an absorbed event");
            refused("/api/events/" + market + "/merge", "{\"absorbed\":" + hostile + ",\"why\":\"t5\"}");
            agree("after merging an absorbed event again");
            write("/api/events/" + market + "/edits", "{\"field\":\"location\",\"value\":\"Tanjara market\",\"why\":\"t6\"}");
            agree("after an edit");

            JsonNode before = http.get("/api/events?limit=500&sort=id").json();
            server.close();
            server = null;
            deleteTree(CrosscheckServer.indexDir(config));
            start(config);
            agree("after a rebuild");
            assertEquals(before, http.get("/api/events?limit=500&sort=id").json(), "the rebuilt list is the same");
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    void start(CrosscheckConfig config) {
        server = ServerRuntime.start(config, new CrosscheckServer.Options("127.0.0.1", 0, false), s -> { });
        http = new Http(server.port());
    }

    void write(String path, String body) throws Exception {
        int status = http.post(path, editor, "application/json", body).status();
        assertTrue(status == 200 || status == 409 || status == 400, path + " " + status);
    }

    /** A write the ledger refuses because it names an event that is no longer active: 409, with the reason. */
    void refused(String path, String body) throws Exception {
        var response = http.post(path, editor, "application/json", body);
        assertEquals(409, response.status(), path);
        assertTrue(response.raw().body().contains("event"), response.raw().body());
    }

    long event(String query, String location) throws Exception {
        for (JsonNode e : http.get("/api/events?limit=500" + query).json().get("events")) {
            if (location.equals(e.get("location").asText())) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("no event at " + location);
    }

    /** The list holds exactly the store's active events, each as the single-event API shows it. */
    void agree(String when) throws Exception {
        Map<Long, LedgerEvent> store = new HashMap<>();
        for (LedgerEvent e : server.ledger().events(new EventQuery(null, null, null, null, null, null, null, 500,
                0))) {
            store.put(e.id(), e);
        }
        JsonNode list = http.get("/api/events?limit=500").json();
        Set<Long> listed = new TreeSet<>(Http.ids(list.get("events")));
        assertEquals(new TreeSet<>(store.keySet()), listed, when);
        assertEquals(store.size(), list.get("total").asInt(), when);
        for (JsonNode row : list.get("events")) {
            long id = row.get("id").asLong();
            JsonNode one = http.get("/api/events/" + id).json().get("event");
            assertEquals(one, row, when + ": event " + id);
            assertEquals(store.get(id).reportCount(), row.get("report_count").asInt(), when + ": event " + id);
        }
        exportsAgree(when, store);
    }

    /**
     * The ACLED export holds one row per top-level active event of the store, with the store's place and, for an
     * event without incidents, the store's figure under the export's policy; the claims file only their claims.
     */
    void exportsAgree(String when, Map<Long, LedgerEvent> store) throws Exception {
        Map<Long, Map<String, String>> rows = new HashMap<>();
        for (Map<String, String> r : csv(http.get("/api/export/acled-csv").raw().body())) {
            rows.put(Long.parseLong(r.get("crosscheck_event_id")), r);
        }
        Set<Long> topLevel = new TreeSet<>();
        store.values().stream().filter(e -> e.parentId() == null).forEach(e -> topLevel.add(e.id()));
        assertEquals(topLevel, new TreeSet<>(rows.keySet()), when + ": exported events");
        for (Map.Entry<Long, Map<String, String>> r : rows.entrySet()) {
            LedgerEvent e = store.get(r.getKey());
            assertEquals(e.location() == null ? "" : e.location(), r.getValue().get("location"),
                    when + ": exported place of " + e.id());
            if (r.getValue().get("crosscheck_child_events").isEmpty()) {
                Integer best = server.ledger().reconcile(e.id()).fatalities(EstimatePolicy.ACLED).best();
                assertEquals(best == null ? 0 : best, Integer.parseInt(r.getValue().get("fatalities")),
                        when + ": exported deaths of " + e.id());
            }
        }
        for (Map<String, String> c : csv(http.get("/api/export/claims-csv").raw().body())) {
            long event = Long.parseLong(c.get("event_id"));
            assertTrue(store.containsKey(event), when + ": a claim of event " + event + ", which is not active");
        }
    }

    static List<Map<String, String>> csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return it.readAll();
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    static List<Long> ids(JsonNode events) {
        return Http.ids(events);
    }
}
