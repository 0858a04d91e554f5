package org.crosscheck.server;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.model.CrosscheckConfig;

/**
 * A server on 127.0.0.1 over a test ledger and a browser pointed at it, for one browser test class: started in its
 * {@code @BeforeAll}, closed in its {@code @AfterAll} (closing a session that never started is a no-op).
 */
record BrowserSession(ServerRuntime server, Browser browser) implements AutoCloseable {
    /** Serves {@code config}'s ledger (with {@code intake} for uploads, or none) and opens the browser on it. */
    static BrowserSession open(CrosscheckConfig config, ReportIntake intake, Path profile) throws IOException {
        ServerRuntime server = ServerRuntime.start(config, new CrosscheckServer.Options("127.0.0.1", 0, false), intake,
                s -> { });
        try {
            return new BrowserSession(server, Browser.open("http://127.0.0.1:" + server.port(), profile));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    static void close(BrowserSession session) {
        if (session != null) {
            session.close();
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
