package org.crosscheck.server.http;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * A cap on writes in flight. A write holds a Jetty thread while its body arrives; without a cap, clients that
 * send bodies slowly could hold every thread, and reading would stop too. A write beyond the cap is refused at once
 * with 503 and {@code Retry-After}, before its body is read. Thread-safe.
 */
public final class WriteLimit {
    /** Analysts' edits are a few a minute; eight at once leave reading most of Jetty's threads. */
    public static final int MAX_WRITES_IN_FLIGHT = 8;

    private final Semaphore permits = new Semaphore(MAX_WRITES_IN_FLIGHT);

    /** The handler, run only while a permit is held. */
    public Handler around(Handler h) {
        return ctx -> {
            if (!permits.tryAcquire()) {
                ctx.header("Retry-After", "1");
                throw new ApiException(503, "too many writes at once; try again in a moment");
            }
            try {
                h.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }
}
