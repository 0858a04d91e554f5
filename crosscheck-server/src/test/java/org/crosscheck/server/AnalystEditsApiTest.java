package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Detaching a claim and an analyst's own figure through the API: editor token, one-line refusals, undo. */
class AnalystEditsApiTest extends ServerTestBase {
    private static final String JSON = "application/json";

    private static Http.Res post(String path, String token, String body) throws Exception {
        return http.post(path, token, JSON, body);
    }

    private static List<String> claimIds(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("groups").forEach(g -> g.get("figures").forEach(f -> out.add(f.get("claim_id").asText())));
        page.get("other_claims").forEach(f -> out.add(f.get("claim_id").asText()));
        return out;
    }

    @Test
    void everyNewWriteNeedsAnEditorToken() throws Exception {
        long id = eventAt("Tanjara");
        List<String> before = claimIds(http.get("/api/events/" + id).json());
        String claim = before.get(0);
        String detach = "{\"claim\":\"" + claim + "\",\"to\":\"context\",\"why\":\"t\"}";
        String figure = "{\"outcome\":\"killed\",\"figure\":5,\"why\":\"t\"}";
        for (String[] w : new String[][] {{"/detach", detach}, {"/reattach", "{\"claim\":\"" + claim + "\",\"why\":\"t\"}"},
            {"/analyst-figures", figure}, {"/analyst-figures/1/withdraw", "{\"why\":\"t\"}"}}) {
            String path = "/api/events/" + id + w[0];
            assertJsonError(rawOf(post(path, null, w[1])), 401);
            assertEquals(401, post(path, "cct_wrong", w[1]).status(), path);
            assertEquals(403, post(path, reader, w[1]).status(), path);
        }
        assertEquals(before, claimIds(http.get("/api/events/" + id).json()), "nothing was written");
        assertTrue(http.get("/api/events/" + id).json().get("analyst_figures").isEmpty(), "nothing was written");
    }

    @Test
    void badFieldsGetOneLineMessagesNamingTheField() throws Exception {
        long id = eventAt("Tanjara");
        String claim = claimIds(http.get("/api/events/" + id).json()).get(0);
        String base = "/api/events/" + id;
        String[][] bad = {
            {"/detach", "{\"to\":\"context\",\"why\":\"t\"}", "'claim'"},
            {"/detach", "{\"claim\":\"" + claim + "\",\"to\":\"elsewhere\",\"why\":\"t\"}", "'to'"},
            {"/detach", "{\"claim\":\"" + claim + "\",\"to\":\"context\",\"why\":\" \"}", "'why'"},
            {"/detach", "{\"claim\":\"999/c1\",\"to\":\"context\",\"why\":\"t\"}", "not a claim of event"},
            {"/reattach", "{\"claim\":\"" + claim + "\",\"why\":\"t\"}", "was not detached"},
            {"/analyst-figures", "{\"outcome\":\"vanished\",\"figure\":5,\"why\":\"t\"}", "'outcome'"},
            {"/analyst-figures", "{\"outcome\":\"killed\",\"figure\":-2,\"why\":\"t\"}", "'figure'"},
            {"/analyst-figures", "{\"outcome\":\"killed\",\"figure\":\"many\",\"why\":\"t\"}", "figure"},
            {"/analyst-figures", "{\"outcome\":\"killed\",\"why\":\"t\"}", "'figure'"},
            {"/analyst-figures", "{\"outcome\":\"killed\",\"figure\":5}", "'why'"},
        };
        for (String[] b : bad) {
            Http.Res r = post(base + b[0], editor, b[1]);
            assertJsonError(rawOf(r), 400);
            assertTrue(r.message().contains(b[2]), b[1] + " -> " + r.message());
            assertFalse(r.message().contains("\n"), r.message());
        }
        assertEquals(404, post(base + "/analyst-figures/999999/withdraw", editor, "{\"why\":\"t\"}").status());
        assertEquals(404, post("/api/events/999999/analyst-figures", editor,
                "{\"outcome\":\"killed\",\"figure\":5,\"why\":\"t\"}").status());
        assertEquals(400, post("/api/events/abc/detach", editor, "{}").status());
    }

    @Test
    void aClaimIsDetachedAndReturnedAndAnAnalystsFigureSetAndWithdrawn() throws Exception {
        long id = eventAt("Tanjara");
        JsonNode page = http.get("/api/events/" + id).json();
        List<String> claims = claimIds(page);
        String claim = claims.get(claims.size() - 1);
        Http.Res d = post("/api/events/" + id + "/detach", editor,
                "{\"claim\":\"" + claim + "\",\"to\":\"own_event\",\"why\":\"api test: another shelling\"}");
        assertEquals(200, d.status(), d.raw().body());
        long own = d.json().get("event").asLong();
        assertTrue(d.json().get("history").toString().contains("api test: another shelling"));
        JsonNode after = http.get("/api/events/" + id).json();
        assertFalse(claimIds(after).contains(claim), "no longer a claim of the event");
        assertEquals(claim, after.get("detached").get(0).get("claim_id").asText());
        assertEquals(own, after.get("detached").get(0).get("event").asLong());
        assertTrue(claimIds(http.get("/api/events/" + own).json()).contains(claim));
        assertTrue(http.get("/api/events?limit=500").json().toString().contains("\"id\":" + own), "listed at once");

        Http.Res back = post("/api/events/" + own + "/reattach", editor, "{\"claim\":\"" + claim + "\",\"why\":\"undo\"}");
        assertEquals(200, back.status(), back.raw().body());
        assertEquals(id, back.json().get("event").asLong());
        assertTrue(claimIds(http.get("/api/events/" + id).json()).contains(claim));
        assertEquals(409, post("/api/events/" + own + "/analyst-figures", editor,
                "{\"outcome\":\"killed\",\"figure\":5,\"why\":\"t\"}").status(), "the emptied event is retired");

        Http.Res f = post("/api/events/" + id + "/analyst-figures", editor,
                "{\"outcome\":\"killed\",\"victims\":\"Civilians\",\"figure\":11,\"why\":\"api test: names listed\"}");
        assertEquals(200, f.status(), f.raw().body());
        long figure = f.json().get("id").asLong();
        JsonNode withFigure = http.get("/api/events/" + id).json();
        JsonNode shown = withFigure.get("analyst_figures").get(0);
        assertEquals("Analyst (editor test analyst) codes 11 Civilians killed: api test: names listed",
                shown.get("statement").asText());
        assertEquals(11, withFigure.get("analyst_estimate").get("best").asInt());
        assertEquals(page.get("estimates"), withFigure.get("estimates"), "the policies of reported figures agree");
        assertEquals(claims, claimIds(withFigure), "not among the reported claims");
        String csv = http.get("/api/export/claims-csv?policy=analyst").raw().body();
        assertTrue(csv.contains("analyst:" + figure + "," + id + ",analyst,\"test analyst\",false,asserts"), csv);
        Http.Res w = post("/api/events/" + id + "/analyst-figures/" + figure + "/withdraw", editor, "{\"why\":\"undo\"}");
        assertEquals(200, w.status(), w.raw().body());
        assertFalse(http.get("/api/events/" + id).json().get("analyst_figures").get(0).get("active").asBoolean());
        assertEquals(400, post("/api/events/" + id + "/analyst-figures/" + figure + "/withdraw", editor,
                "{\"why\":\"again\"}").status());
    }

    private static Http.Raw rawOf(Http.Res r) {
        java.util.Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        r.raw().headers().map().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        return new Http.Raw(r.status(), headers, r.raw().body());
    }
}
