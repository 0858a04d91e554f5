package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server over the {@link Fixtures} ledger on 127.0.0.1 for one test class, with an editor's and a reader's
 * token. Test classes run one after another, so the static fields belong to the running class.
 */
abstract class ServerTestBase {
    @TempDir
    static Path dir;
    static CrosscheckConfig config;
    static ServerRuntime server;
    static Http http;
    static String editor;
    static String reader;

    @BeforeAll
    static void start() {
        config = Fixtures.ledger(dir);
        TokenStore tokens = new TokenStore(CrosscheckServer.tokenFile(config));
        editor = tokens.create(Role.EDITOR, "test analyst");
        reader = tokens.create(Role.READER, "test reader");
        server = ServerRuntime.start(config, new CrosscheckServer.Options("127.0.0.1", 0, false), s -> { });
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The event at a location among those a query of the list finds (e.g. {@code "&country=SD"}). */
    static long event(String query, String location) throws Exception {
        for (JsonNode e : http.get("/api/events?limit=500" + query).json().get("events")) {
            if (location.equals(e.get("location").asText())) {
                return e.get("id").asLong();
            }
        }
        throw new AssertionError("no event at " + location);
    }

    static long eventAt(String location) throws Exception {
        return event("", location);
    }

    /** An error in the API's one format, with the security headers. */
    static void assertJsonError(Http.Raw r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.headers().getOrDefault("content-type", "").startsWith("application/json"), r.headers().toString());
        JsonNode e = r.json().get("error");
        assertNotNull(e, r.body());
        assertEquals(status, e.get("status").asInt());
        String message = e.get("message").asText();
        assertFalse(message.isBlank());
        assertFalse(message.contains("<") || message.contains("java") || message.contains("Exception"),
                "a message, not markup or a Java name: " + r.body());
        assertTrue(r.headers().getOrDefault("content-security-policy", "").contains("default-src 'none'"),
                r.headers().toString());
        assertEquals("nosniff", r.headers().get("x-content-type-options"));
        assertEquals("deny", r.headers().getOrDefault("x-frame-options", "").toLowerCase(Locale.ROOT));
    }
}
