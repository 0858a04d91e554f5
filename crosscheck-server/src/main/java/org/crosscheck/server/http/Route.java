package org.crosscheck.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.EndpointMetadata;
import java.util.List;

/**
 * One route of the API: method, path, what it does, the query parameters it takes, who may call it. Kept on the
 * Javalin endpoint as metadata, so that the checks before a route and {@code /openapi.json} read the same table.
 * Immutable.
 */
public record Route(HandlerType method, String path, String summary, List<String> params, Access access,
                    Body body, Handler handler) implements EndpointMetadata {
    /** What a write's request body may be. */
    public enum Body {
        /** No body (a read). */
        NONE,
        /** {@code application/json}. */
        JSON,
        /** {@code application/json}, or the text itself as {@code text/plain} (a report file as it is). */
        JSON_OR_TEXT
    }

    public Route {
        params = List.copyOf(params);
    }

    public boolean writes() {
        return access == Access.WRITE;
    }
}
