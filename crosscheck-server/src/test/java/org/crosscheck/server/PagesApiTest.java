package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The read API of the pages: filters by country name or code, unknown filter values, titles, claimants, search. */
class PagesApiTest extends ServerTestBase {

    @Test
    void aCountryIsFoundByNameIsoTwoOrIsoThree() throws Exception {
        long bySd = http.get("/api/events?country=SD").json().get("total").asLong();
        assertEquals(2, bySd);
        for (String given : List.of("Sudan", "sudan", "SDN", "sdn", " SD ")) {
            Http.Res r = http.get("/api/events?country=" + given.replace(" ", "%20"));
            assertEquals(200, r.status(), given + ": " + r.raw().body());
            assertEquals(bySd, r.json().get("total").asLong(), given);
        }
        assertEquals(http.get("/api/events?country=PK").json().get("total").asLong(),
                http.get("/api/events?country=Pakistan").json().get("total").asLong());
        // A country with no events is a valid filter: an empty list, not an error.
        Http.Res norway = http.get("/api/events?country=Norway");
        assertEquals(200, norway.status());
        assertEquals(0, norway.json().get("total").asLong());
    }

    @Test
    void unknownFilterValuesSaySo() throws Exception {
        for (String q : List.of("country=Atlantis", "country=QQ", "type=Skirmish", "actor=Nobody%20Known%20Here",
                "claimant=Nobody%20Known%20Here", "admin1=Nowhere%20Province")) {
            Http.Res r = http.get("/api/events?" + q);
            assertEquals(400, r.status(), q);
            String value = q.substring(q.indexOf('=') + 1).replace("%20", " ");
            assertTrue(r.message().contains("'" + value + "'"), r.raw().body());
            assertEquals(400, http.get("/api/events/points?" + q).status(), q);
            assertEquals(400, http.get("/api/events/timeline?" + q).status(), q);
            assertEquals(400, http.get("/api/export/json?" + q).status(), q);
        }
        assertEquals(200, http.get("/api/export/acled-csv?country=Sudan").status());
    }

    @Test
    void searchCountsEveryMatchAndTellsEachHitsEvent() throws Exception {
        Http.Res all = http.get("/api/search?q=killed&limit=100");
        long total = all.json().get("total").asLong();
        assertEquals(total, all.json().get("hits").size(), "all hits fit in 100 here");
        Http.Res one = http.get("/api/search?q=killed&limit=1");
        assertEquals(1, one.json().get("hits").size());
        assertEquals(total, one.json().get("total").asLong(), "the total counts every match, not the page");
        for (var h : all.json().get("hits")) {
            if (h.get("kind").asText().equals("claim") || h.get("kind").asText().equals("event")) {
                assertTrue(h.get("event_id").isNumber(), h.toString());
                assertTrue(h.get("date").asText().matches("\\d{4}-\\d\\d-\\d\\d"), h.toString());
                assertTrue(!h.get("place").asText().isBlank() && !h.get("event_title").asText().isBlank(),
                        h.toString());
            }
        }
        // Events by place (the country's name too), actors and places by name.
        Http.Res events = http.get("/api/search?q=Sudan&kind=event");
        assertEquals(2, events.json().get("total").asLong(), events.raw().body());
        Http.Res actors = http.get("/api/search?q=%22Northern%20Front%22&kind=actor");
        assertEquals("Northern Front", actors.json().get("hits").get(0).get("name").asText());
        Http.Res places = http.get("/api/search?q=Tanjara&kind=place");
        assertTrue(places.json().get("total").asLong() >= 1);
        assertTrue(places.json().get("hits").get(0).get("title").asText().startsWith("Tanjara"));
        Http.Res twoKinds = http.get("/api/search?q=Tanjara&kind=event,place");
        long tanjaraEvents = http.get("/api/search?q=Tanjara&kind=event").json().get("total").asLong();
        assertEquals(tanjaraEvents + places.json().get("total").asLong(), twoKinds.json().get("total").asLong());
        twoKinds.json().get("hits").forEach(h -> assertTrue(List.of("event", "place").contains(h.get("kind").asText())));
    }

    @Test
    void eventTitlesAreWrittenFromTheClaims() throws Exception {
        for (var e : http.get("/api/events?limit=500").json().get("events")) {
            String title = e.get("title").asText();
            if (e.get("claimants").size() > 0 && e.get("fatalities_range").get("low").isNumber()) {
                // The verb agrees with the claimant: "officials claim", "the ministry claims".
                assertTrue(title.matches(".* (claims?|denies|deny) .*"), title);
            }
        }
        String kalat = http.get("/api/events?country=Pakistan&sort=-fatalities&limit=1").json().get("events").get(0)
                .get("title").asText();
        assertTrue(kalat.startsWith("Baloch Liberation Army claims at least 25"), kalat);
    }

    @Test
    void aClaimantsPageListsItsClaimsBesideOthersAndCountsContradictions() throws Exception {
        Http.Res r = http.get("/api/claimants/Hospital%20director");
        assertEquals(200, r.status(), r.raw().body());
        var track = r.json().get("track");
        var claims = r.json().get("claims");
        assertTrue(claims.size() >= 1);
        int figures = track.get("figures").asInt();
        assertEquals(figures, track.get("contradicted").asInt() + track.get("matched").asInt()
                + track.get("alone").asInt(), track.toString());
        int contradicted = 0;
        for (var c : claims) {
            assertEquals("Hospital director", c.get("claim").get("claimant").asText());
            assertTrue(c.get("event_id").isNumber() && !c.get("event_title").asText().isBlank(), c.toString());
            for (var o : c.get("others")) {
                assertTrue(!o.get("claimant").asText().equals("Hospital director"), o.toString());
            }
            if (c.get("contradicted").asBoolean()) {
                contradicted++;
                assertTrue(c.get("others").size() >= 1, c.toString());
            }
        }
        assertEquals(track.get("contradicted").asInt(), contradicted);
        // The operation's spokesman's vague losses against the group's denial: contradicted, with the other side.
        Http.Res ispr = http.get("/api/claimants/Inter-Services%20Public%20Relations");
        assertTrue(ispr.json().get("track").get("contradicted").asInt() >= 1, ispr.raw().body());
        for (var c : ispr.json().get("claims")) {
            if (c.get("contradicted").asBoolean()) {
                assertTrue(c.get("others").size() >= 1 && c.get("reasons").size() >= 1, c.toString());
            }
        }
        // An alias finds the same claimant's claims.
        Http.Res alias = http.get("/api/claimants/ISPR");
        assertEquals(200, alias.status());
        assertTrue(alias.json().get("claims").size() >= 1);
        Http.Res none = http.get("/api/claimants/Nobody%20Known%20Here");
        assertEquals(404, none.status());
        assertTrue(none.message().contains("'Nobody Known Here'"), none.message());
    }

    @Test
    void aBrowserGetsAHelpful404PageAndTheApiItsJsonError() throws Exception {
        java.net.http.HttpRequest page = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + "/no/such/page"))
                .header("Accept", "text/html,application/xhtml+xml").GET().build();
        Http.Res r = http.send(page);
        assertEquals(404, r.status());
        assertTrue(r.header("Content-Type").startsWith("text/html"), r.header("Content-Type"));
        assertTrue(r.raw().body().contains("No page at this address") && r.raw().body().contains("href=\"/search\""));
        Http.Res api = http.get("/api/no/such/thing");
        assertEquals(404, api.status());
        assertTrue(api.message().contains("/api/no/such/thing"));
    }
}
