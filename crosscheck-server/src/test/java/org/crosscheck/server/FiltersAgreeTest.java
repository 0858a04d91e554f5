package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.LedgerEvent;
import org.junit.jupiter.api.Test;

/**
 * One filter, three ways in: the events list of the API (served from the search index), the ledger's own query
 * (what {@code crosscheck events} prints) and the export agree on which events a name, an alias, a country or a
 * division finds.
 */
class FiltersAgreeTest extends ServerTestBase {
    static final List<String> NAMES = List.of("Baloch Liberation Army", "BLA", "the group", "baloch liberation army",
            "Inter-Services Public Relations", "ISPR", "Northern Front", "the Northern Front", "Civilians", "people",
            "Pakistan Armed Forces", "soldiers", "Frontier Corps", "FC", "Azad Baloch", "Hospital director",
            "District health office", "health office", "nobody at all");

    @Test
    void theListAndTheLedgerFindTheSameEvents() throws Exception {
        for (String name : NAMES) {
            for (String role : List.of("actor", "claimant")) {
                String q = role + "=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
                EventQuery query = role.equals("actor")
                        ? new EventQuery(null, null, null, null, name, null, null, 500, 0)
                        : new EventQuery(null, null, null, null, null, name, null, 500, 0);
                assertEquals(ids(server.ledger().events(query)), listed(q), q);
            }
        }
    }

    /**
     * The export writes an operation with its incidents folded in: it holds the operations of the list's events.
     * Both go through the ledger's one party filter (an alias expands: {@code actor=people}) and compare
     * {@code admin1} under the name key ({@code admin1=jebel province}).
     */
    @Test
    void theExportHoldsTheOperationsOfTheListsEvents() throws Exception {
        List<String> queries = new ArrayList<>(List.of("country=SD", "country=sd", "country=PK",
                "admin1=Jebel%20Province", "admin1=jebel%20province", "admin1=Balochistan"));
        for (String name : NAMES) {
            queries.add("actor=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
            queries.add("claimant=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        }
        List<String> differ = new ArrayList<>();
        for (String q : queries) {
            Set<Long> list = new TreeSet<>();
            for (long id : listed(q)) {
                list.add(operation(id));
            }
            Set<Long> export = exported(q);
            if (!list.equals(export)) {
                differ.add(q + ": list " + list + ", export " + export);
            }
        }
        assertEquals(List.of(), differ);
    }

    /** The event an event is an incident of, up to the top; itself for a top-level event. */
    static long operation(long id) throws Exception {
        JsonNode parent = http.get("/api/events/" + id).json().get("event").get("parent_id");
        return parent.isNull() ? id : operation(parent.asLong());
    }

    /** The list's events; a name no report gives is refused (400 saying so), which counts as none here. */
    static Set<Long> listed(String query) throws Exception {
        Http.Res r = http.get("/api/events?limit=500&" + query);
        if (r.status() == 400 && r.message().startsWith("no report in the ledger names")) {
            return new TreeSet<>();
        }
        return new TreeSet<>(Http.ids(r.json().get("events")));
    }

    static Set<Long> ids(List<LedgerEvent> events) {
        Set<Long> out = new TreeSet<>();
        events.forEach(e -> out.add(e.id()));
        return out;
    }

    static Set<Long> exported(String query) throws Exception {
        Set<Long> out = new TreeSet<>();
        Http.Res r = http.get("/api/export/json?" + query);
        if (r.status() == 400 && r.message().startsWith("no report in the ledger names")) {
            return out;
        }
        for (JsonNode row : Http.JSON.readTree(r.raw().body())) {
            out.add(row.get("crosscheck_event_id").asLong());
        }
        return out;
    }
}
