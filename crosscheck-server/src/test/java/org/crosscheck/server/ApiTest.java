package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.server.http.RequestLimits;
import org.junit.jupiter.api.Test;

/** The REST API over a small ledger, through real HTTP on 127.0.0.1. */
class ApiTest extends ServerTestBase {
    static Http.Res get(String path) throws IOException, InterruptedException {
        return http.get(path);
    }

    static Http.Res post(String path, String token, String contentType, String body) throws IOException,
            InterruptedException {
        return http.post(path, token, contentType, body);
    }

    static List<Long> ids(JsonNode events) {
        return Http.ids(events);
    }

    @Test
    void eventsListFiltersSortsAndPages() throws Exception {
        Http.Res all = get("/api/events");
        assertEquals(200, all.status());
        long total = all.json().get("total").asLong();
        assertTrue(total >= 5, "kalat's four events and the two others: " + total);
        // Newest first by default.
        JsonNode evs = all.json().get("events");
        for (int i = 1; i < evs.size(); i++) {
            assertTrue(evs.get(i - 1).get("start_date").asText().compareTo(evs.get(i).get("start_date").asText()) >= 0);
        }
        Http.Res sd = get("/api/events?country=sd");
        assertEquals(2, sd.json().get("total").asInt(), sd.raw().body());
        Http.Res contested = get("/api/events?contested=true&country=SD");
        assertEquals(1, contested.json().get("total").asInt());
        assertEquals("Tanjara", contested.json().get("events").get(0).get("location").asText());
        Http.Res march = get("/api/events?from=2025-03-05&to=2025-03-31");
        assertEquals(1, march.json().get("total").asInt());
        Http.Res type = get("/api/events?type=Battles");
        assertTrue(type.json().get("total").asInt() >= 3);
        type.json().get("events").forEach(e -> assertEquals("Battles", e.get("event_type").asText()));
        Http.Res byAlias = get("/api/events?claimant=ISPR");
        assertTrue(byAlias.json().get("total").asInt() >= 1, "an alias finds the claimant");
        Http.Res actor = get("/api/events?actor=Northern%20Front");
        assertEquals(1, actor.json().get("total").asInt());
        Http.Res admin1 = get("/api/events?admin1=jebel%20province");
        assertEquals(2, admin1.json().get("total").asInt());
        Http.Res page = get("/api/events?limit=2&offset=1&sort=date");
        assertEquals(2, page.json().get("events").size());
        List<Long> asc = ids(get("/api/events?sort=date&limit=500").json().get("events"));
        assertEquals(asc.subList(1, 3), ids(page.json().get("events")));
        Http.Res byDeaths = get("/api/events?sort=-fatalities");
        JsonNode first = byDeaths.json().get("events").get(0);
        assertTrue(first.get("fatalities").asInt() >= 9, first.toString());
    }

    @Test
    void badParametersAreJsonErrors() throws Exception {
        for (String q : List.of("limit=0", "limit=501", "offset=-1", "from=yesterday", "contested=maybe",
                "sort=colour", "colour=red", "from=2025-02-01&to=2025-01-01", "offset=10001")) {
            Http.Res r = get("/api/events?" + q);
            assertEquals(400, r.status(), q);
            assertEquals(400, r.json().get("error").get("status").asInt());
            assertFalse(r.json().get("error").get("message").asText().isBlank());
        }
        Http.Res missing = get("/api/events/999999");
        assertEquals(404, missing.status());
        assertTrue(missing.json().get("error").get("message").asText().contains("999999"));
        assertEquals(404, get("/api/nothing-here").status());
        assertEquals(400, get("/api/events/abc").status());
        assertEquals(400, get("/api/events?country=" + "x".repeat(400)).status());
    }

    @Test
    void eventShowsClaimsSideBySideWithEstimatesAndWords() throws Exception {
        long id = eventAt("Tanjara");
        JsonNode e = get("/api/events/" + id).json();
        if (e.get("event").get("start_date").asText().equals("2025-03-09")) {
            id = ids(get("/api/events?from=2025-03-03&to=2025-03-03").json().get("events")).get(0);
            e = get("/api/events/" + id).json();
        }
        assertTrue(e.get("contested").asBoolean());
        List<String> claimants = new ArrayList<>();
        e.get("groups").forEach(g -> g.get("figures").forEach(f -> claimants.add(f.get("claimant").asText())));
        assertTrue(claimants.containsAll(List.of("District health office", "Northern Front", "Hospital director")),
                claimants.toString());
        JsonNode killed = null;
        for (JsonNode g : e.get("groups")) {
            if (g.get("outcome").asText().equals("killed")) {
                killed = g;
            }
        }
        assertNotNull(killed);
        assertEquals(9, killed.get("estimates").get("acled").get("best").asInt(), "the lowest positive figure");
        assertEquals(12, killed.get("estimates").get("range").get("high").asInt());
        String words = e.get("explanation").toString();
        assertTrue(words.contains("Northern Front claims no Civilians were harmed; District health office claims 12 "
                + "killed"), "the contest in words naming both sides: " + words);
        assertEquals(1, e.get("reports").size());
        long reportId = e.get("reports").get(0).get("id").asLong();
        JsonNode rep = get("/api/reports/" + reportId).json();
        String body = rep.get("body").asText();
        assertEquals(Fixtures.MARKET_BODY, body);
        boolean found = false;
        for (JsonNode s : rep.get("spans")) {
            if (s.get("kind").asText().equals("claim")) {
                String text = body.substring(s.get("start").asInt(), s.get("end").asInt());
                found |= text.equals("12 civilians were killed");
            }
        }
        assertTrue(found, "the claim's evidence span is served with offsets into the body");
        assertTrue(rep.get("context").isArray() && rep.get("context").isEmpty(),
                "every claim of the report counts for its incident: no background figures as context");
    }

    @Test
    void searchFindsReportsAndClaims() throws Exception {
        JsonNode hits = get("/api/search?q=market%20shells").json().get("hits");
        assertTrue(hits.size() >= 1);
        assertEquals("report", hits.get(0).get("kind").asText());
        assertTrue(hits.get(0).get("snippet").asText().contains("shells"));
        JsonNode marks = hits.get(0).get("marks");
        assertTrue(marks.size() >= 1);
        String snippet = hits.get(0).get("snippet").asText();
        String marked = snippet.substring(marks.get(0).get(0).asInt(), marks.get(0).get(1).asInt()).toLowerCase();
        assertTrue(marked.equals("market") || marked.equals("shells"), marked);
        JsonNode claims = get("/api/search?q=bodies&kind=claim").json().get("hits");
        assertEquals(1, claims.size());
        assertEquals("Hospital director", claims.get(0).get("title").asText());
        assertEquals(0, get("/api/search?q=zzzyyyxxx").json().get("hits").size());
        assertEquals(400, get("/api/search").status());
        assertEquals(400, get("/api/search?q=x&kind=colour").status());
    }

    @Test
    void listsAndExportsAndOpenApi() throws Exception {
        JsonNode actors = get("/api/actors?q=front").json();
        assertEquals("Northern Front", actors.get("actors").get(0).get("name").asText());
        JsonNode places = get("/api/places").json();
        assertTrue(places.get("total").asInt() >= 3);
        JsonNode reports = get("/api/reports").json();
        assertEquals(3, reports.get("total").asInt());
        Http.Res csv = get("/api/export/acled-csv?country=SD");
        assertEquals(200, csv.status(), csv.raw().body());
        assertTrue(csv.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.raw().body().startsWith("event_id_cnty,"), csv.raw().body());
        assertTrue(csv.raw().body().contains("Tanjara"));
        Http.Res geo = get("/api/export/geojson?policy=range");
        assertTrue(geo.raw().body().contains("FeatureCollection"));
        assertEquals(400, get("/api/export/xml").status());
        JsonNode api = get("/openapi.json").json();
        assertEquals("3.1.0", api.get("openapi").asText());
        assertTrue(api.get("paths").has("/api/events"));
        assertTrue(api.get("paths").get("/api/events/{id}/edits").get("post").has("security"));
        Http.Res page = get("/");
        assertTrue(page.raw().headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    void writesNeedAnEditorTokenAndShowInHistory() throws Exception {
        long id = eventAt("Panjgur");
        String edit = "{\"field\":\"location\",\"value\":\"Panjgur town\",\"why\":\"test: report names the town\"}";
        assertEquals(401, post("/api/events/" + id + "/edits", null, "application/json", edit).status());
        assertEquals(401, post("/api/events/" + id + "/edits", "cct_wrong", "application/json", edit).status());
        assertEquals(403, post("/api/events/" + id + "/edits", reader, "application/json", edit).status());
        assertEquals(415, post("/api/events/" + id + "/edits", editor, "text/plain", edit).status());
        assertEquals(415, post("/api/events/" + id + "/edits", editor, "application/x-www-form-urlencoded",
                "field=location").status());
        assertEquals(413, http.statusForDeclaredBody("/api/events/" + id + "/edits", editor,
                "application/json", RequestLimits.MAX_BODY_BYTES + 1));
        Http.Res nj = post("/api/events/" + id + "/edits", editor, "application/json", "{not json");
        assertEquals(400, nj.status(), nj.raw().body());
        assertEquals(400, post("/api/events/" + id + "/edits", editor, "application/json",
                "{\"field\":\"colour\",\"value\":\"x\",\"why\":\"y\"}").status());
        Http.Res ok = post("/api/events/" + id + "/edits", editor, "application/json", edit);
        assertEquals(200, ok.status(), ok.raw().body());
        JsonNode history = get("/api/events/" + id + "/history").json();
        String h = history.toString();
        assertTrue(h.contains("test analyst") && h.contains("Panjgur town"), h);
        assertEquals("Panjgur town", get("/api/events/" + id).json().get("event").get("location").asText());
        // The list is re-indexed at once.
        boolean listed = false;
        for (JsonNode e : get("/api/events?limit=500").json().get("events")) {
            listed |= e.get("id").asLong() == id && e.get("location").asText().equals("Panjgur town");
        }
        assertTrue(listed);
    }

    @Test
    void claimEditsMustBelongToTheEvent() throws Exception {
        long kalat = eventAt("Kalat");
        JsonNode e = get("/api/events/" + kalat).json();
        String claim = e.get("groups").get(0).get("figures").get(0).get("claim_id").asText();
        long other = ids(get("/api/events?country=SD").json().get("events")).get(0);
        Http.Res wrong = post("/api/events/" + other + "/claim-edits", editor, "application/json",
                "{\"claim\":\"" + claim + "\",\"field\":\"low_count\",\"value\":\"20\",\"why\":\"t\"}");
        assertEquals(400, wrong.status(), wrong.raw().body());
        Http.Res ok = post("/api/events/" + kalat + "/claim-edits", editor, "application/json",
                "{\"claim\":\"" + claim + "\",\"field\":\"count_text\",\"value\":\"at least 25\",\"why\":\"checked\"}");
        assertEquals(200, ok.status(), ok.raw().body());
        assertTrue(get("/api/history?id=claim:" + claim).json().toString().contains("checked"));
    }
}
