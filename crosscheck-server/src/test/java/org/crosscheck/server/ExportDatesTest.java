package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The export and the events list agree at the ends of the calendar (issue 14): both refuse a date outside
 * years 1 to 9999, and within them both find the same events.
 */
class ExportDatesTest extends ServerTestBase {

    @Test
    void theExportAndTheListAgreeAtExtremeDates() throws Exception {
        for (String d : List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "9999-12-31", "0001-01-01")) {
            for (String side : List.of("from", "to")) {
                String q = side + "=" + URLEncoder.encode(d, StandardCharsets.UTF_8);
                Http.Res list = http.get("/api/events?top=true&limit=500&" + q);
                Http.Res export = http.get("/api/export/json?" + q);
                assertEquals(list.status(), export.status(), q + ": " + list.raw().body() + " / "
                        + export.raw().body());
                if (list.status() == 200) {
                    assertEquals(list.json().get("total").asInt(), Http.JSON.readTree(export.raw().body()).size(), q);
                } else {
                    assertEquals(400, list.status(), q);
                }
            }
        }
    }

}
