package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the server refuses of hostile clients (issue 14): Jetty's own errors in the API's JSON format with the
 * security headers, no method override, exactly JSON, strict bodies, slow bodies cut off, a cap on writes in
 * flight.
 */
class HttpLimitsTest extends ServerTestBase {
    /** The event the write tests edit (they leave its location alone, so that it can be found by it). */
    static long panjgur;

    @BeforeAll
    static void findEvent() throws Exception {
        panjgur = eventAt("Panjgur");
    }

    @Test
    void jettysOwnErrorsAreJsonWithTheSecurityHeaders() throws Exception {
        String tail = " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        assertJsonError(http.raw("GET /api/ev ents" + tail, 10_000), 400);
        assertJsonError(http.raw("GET /%zz" + tail, 10_000), 400);
        assertJsonError(http.raw("GET /api/events HTTP/1.1\r\nConnection: close\r\n\r\n", 10_000), 400);
        assertJsonError(http.raw("GET /api/events?q=" + "a".repeat(20_000) + tail, 10_000), 414);
        assertJsonError(http.raw("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n", 10_000), 431);
        assertJsonError(http.raw("GET /api/events HTTP/2.5\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 10_000),
                505);
    }

    @Test
    void aMethodOverrideHeaderDoesNotTurnAReadIntoAWrite() throws Exception {
        long id = panjgur;
        String body = "{\"field\":\"location\",\"value\":\"Overridden\",\"why\":\"override test\"}";
        Http.Raw r = http.raw("GET /api/events/" + id + "/edits HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-HTTP-Method-Override: POST\r\nAuthorization: Bearer " + editor + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
                + body, 10_000);
        assertTrue(r.status() >= 400 && r.status() < 500, r.status() + " " + r.body());
        assertFalse(http.get("/api/events/" + id + "/history").json().toString().contains("override test"));
        assertFalse(http.get("/api/events/" + id).json().get("event").get("location").asText().equals("Overridden"));
    }

    @Test
    void writesTakeExactlyJson() throws Exception {
        long id = panjgur;
        String edit = "{\"field\":\"admin2\",\"value\":\"Panjgur\",\"why\":\"content type test\"}";
        for (String type : List.of("application/jsonx", "application/json-patch+json", "application/json5",
                "application/json; charset=latin1")) {
            Http.Res r = http.post("/api/events/" + id + "/edits", editor, type, edit);
            assertEquals(415, r.status(), type + ": " + r.raw().body());
        }
        assertEquals(200, http.post("/api/events/" + id + "/edits", editor, "application/json; charset=utf-8", edit)
                .status());
        assertEquals(200, http.post("/api/events/" + id + "/edits", editor, "Application/JSON", edit).status());
    }

    @Test
    void duplicateKeysAndFractionalIdsAreRefused() throws Exception {
        long id = panjgur;
        Http.Res dup = http.post("/api/events/" + id + "/edits", editor, "application/json",
                "{\"field\":\"location\",\"value\":\"A\",\"value\":\"B\",\"why\":\"duplicate keys\"}");
        assertEquals(400, dup.status(), dup.raw().body());
        assertTrue(dup.message().contains("value"), dup.message());
        assertFalse(http.get("/api/events/" + id + "/history").json().toString().contains("duplicate keys"));
        long kalat = eventAt("Kalat");
        for (String absorbed : List.of("1.5", "1.0", "1e0", "\"1.5\"", "-1", "true")) {
            Http.Res r = http.post("/api/events/" + kalat + "/merge", editor, "application/json",
                    "{\"absorbed\":" + absorbed + ",\"why\":\"fractional id\"}");
            assertEquals(400, r.status(), absorbed + ": " + r.raw().body());
        }
        assertFalse(http.get("/api/events/" + kalat + "/history").json().toString().contains("fractional id"));
    }

    @Test
    void aTrickledBodyIsCutOff() throws Exception {
        long id = panjgur;
        try (Socket s = new Socket("127.0.0.1", http.port)) {
            s.setSoTimeout(200);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/events/" + id + "/edits HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + editor + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Http.Raw answer = null;
            // 100 bytes at one every 300 ms would take 30 s; the server must give up long before.
            for (int i = 0; i < 100 && answer == null; i++) {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                try {
                    int b = s.getInputStream().read();
                    if (b < 0) {
                        break;
                    }
                    s.setSoTimeout(5_000);
                    answer = Http.read(new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) b}),
                            s.getInputStream()));
                } catch (SocketTimeoutException slow) {
                    Thread.sleep(100);
                }
            }
            assertNotNull(answer, "the server closed the connection without an answer");
            assertJsonError(answer, 408);
        }
        assertFalse(http.get("/api/events/" + id + "/history").json().toString().contains("trickle"));
    }

    @Test
    void writesInFlightAreCapped() throws Exception {
        long id = panjgur;
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket s = new Socket("127.0.0.1", http.port);
                held.add(s);
                s.getOutputStream().write(("POST /api/events/" + id + "/edits HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + editor + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
            }
            int status = 0;
            // The held requests reach their handlers in their own time; the probe is an edit the ledger refuses.
            for (int i = 0; i < 100 && status != 503; i++) {
                status = http.post("/api/events/" + id + "/edits", editor, "application/json",
                        "{\"field\":\"colour\",\"value\":\"x\",\"why\":\"probe\"}").status();
                if (status != 503) {
                    Thread.sleep(100);
                }
            }
            assertEquals(503, status, "a write beyond the cap waits for a thread instead of being refused");
            // Reading goes on meanwhile.
            assertEquals(200, http.get("/api/events").status());
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

}
