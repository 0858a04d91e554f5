package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The read API of the map, the timeline and the charts under a policy, through real HTTP on 127.0.0.1 over the
 * {@link Fixtures} ledger. In Tanjara (SD) the district health office claims 12 civilians killed and a hospital
 * director at least 9 on 3 March; officials claim 3 killed in a raid on 9 March.
 */
class ChartsApiTest extends ServerTestBase {
    static Map<String, JsonNode> byName(JsonNode series) {
        Map<String, JsonNode> out = new HashMap<>();
        series.forEach(s -> out.put(s.get("name").asText(), s));
        return out;
    }

    @Test
    void deathsByClaimantAndBySideUnderThePolicyTheyName() throws Exception {
        JsonNode c = http.get("/api/charts/deaths?country=SD").json();
        assertEquals("acled", c.get("policy").asText());
        assertTrue(c.get("policy_description").asText().contains("lowest figure"), c.toString());
        assertEquals(2, c.get("events").asInt());
        assertFalse(c.get("truncated").asBoolean());
        Map<String, JsonNode> claimants = byName(c.get("by_claimant"));
        assertEquals(12, claimants.get("District health office").get("total").asInt());
        assertEquals(9, claimants.get("Hospital director").get("total").asInt());
        assertEquals("[\"2025-03-03\",12]", claimants.get("District health office").get("days").get(0).toString());
        // The side: the lowest of 12 and 9 on 3 March, and the 3 of 9 March.
        JsonNode civilians = byName(c.get("by_side")).get("Civilians");
        assertEquals(12, civilians.get("total").asInt());
        assertEquals(List.of("2025-03-03", "2025-03-09"), List.of(civilians.get("days").get(0).get(0).asText(),
                civilians.get("days").get(1).get(0).asText()));
        // The largest series by name, the rest summed in one that says how many it holds.
        JsonNode one = http.get("/api/charts/deaths?country=SD&series=1").json().get("by_claimant");
        assertEquals(2, one.size());
        assertEquals("District health office", one.get(0).get("name").asText());
        assertTrue(one.get(1).get("other").asBoolean());
        assertEquals("Other claimants (2)", one.get(1).get("name").asText());
        assertEquals(12, one.get(1).get("total").asInt());
        assertEquals("range", http.get("/api/charts/deaths?policy=range").json().get("policy").asText());
    }

    @Test
    void aPolicyOtherThanAcledOrRangeIsRefused() throws Exception {
        for (String path : List.of("/api/charts/deaths?policy=median", "/api/events/points?policy=max",
                "/api/events/timeline?policy=all")) {
            Http.Res r = http.get(path);
            assertEquals(400, r.status(), path);
            assertTrue(r.message().contains("acled or range") || r.message().contains("policy"), r.message());
        }
    }

    @Test
    void thePointsCarryTheFigureOfThePolicyAndTheFirstDay() throws Exception {
        Map<Long, JsonNode> events = new HashMap<>();
        http.get("/api/events?limit=500").json().get("events").forEach(e -> events.put(e.get("id").asLong(), e));
        for (String policy : List.of("acled", "range")) {
            JsonNode res = http.get("/api/events/points?policy=" + policy).json();
            assertEquals("[\"id\",\"lat\",\"lon\",\"fatalities\",\"contested\",\"date\"]", res.get("fields").toString());
            assertEquals(events.values().stream().filter(e -> !e.get("latitude").isNull()).count(),
                    res.get("points").size());
            for (JsonNode p : res.get("points")) {
                JsonNode e = events.get(p.get(0).asLong());
                JsonNode want = policy.equals("acled") ? e.get("fatalities") : e.get("fatalities_range").get("best");
                assertEquals(want.isNull() ? null : want.asInt(), p.get(3).isNull() ? null : p.get(3).asInt(),
                        policy + " " + e);
                assertEquals(e.get("start_date").asText(), p.get(5).asText());
            }
        }
        JsonNode tl = http.get("/api/events/timeline?policy=range&country=SD").json();
        assertEquals("range", tl.get("policy").asText());
        assertEquals(2, tl.get("days").size());
    }
}
