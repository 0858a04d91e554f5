package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Search through the API with its bounds (issue 14): many fuzzy terms and one-letter prefixes refused with a
 * message, snippets that report text cannot reverse on screen.
 */
class SearchLimitsTest extends ServerTestBase {

    @Test
    void manyFuzzyTermsAndOneLetterPrefixesAreRefusedWithAMessage() throws Exception {
        StringBuilder q = new StringBuilder();
        for (char c = 'a'; c < 'a' + 21; c++) {
            q.append(c).append(c).append("~2 ");
        }
        Http.Res fuzzy = http.get("/api/search?q=" + URLEncoder.encode(q.toString().strip(), StandardCharsets.UTF_8));
        assertEquals(400, fuzzy.status(), fuzzy.raw().body());
        assertTrue(fuzzy.message().contains("fuzzy"), fuzzy.message());
        Http.Res prefix = http.get("/api/search?q=k*&limit=100");
        assertEquals(400, prefix.status(), prefix.raw().body());
        assertTrue(prefix.message().contains("prefix"), prefix.message());
        // Bounded forms still search.
        assertEquals(200, http.get("/api/search?q=marke*").status());
        assertEquals(1, http.get("/api/search?q=bodie~1&kind=claim").json().get("hits").size());
    }

    @Test
    void snippetsCarryNoBidiControls() throws Exception {
        JsonNode hits = http.get("/api/search?q=zero").json().get("hits");
        assertTrue(hits.size() >= 1);
        for (JsonNode h : hits) {
            String s = h.get("snippet").asText() + h.get("title").asText();
            assertFalse(s.codePoints().anyMatch(SearchLimitsTest::bidiControl), s);
        }
    }

    static boolean bidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

}
