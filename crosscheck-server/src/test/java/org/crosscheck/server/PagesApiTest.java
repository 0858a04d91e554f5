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
}
