package org.crosscheck.server.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every API request must keep to before a handler runs: a body no larger than {@link #MAX_BODY_BYTES}, only
 * the route's own query parameters, none longer than {@link #MAX_PARAM_CHARS}, and for a write a JSON body.
 * Stateless.
 */
public final class RequestLimits {
    /** Request bodies larger than this are refused with 413 (edits are a few hundred bytes). */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final int MAX_PARAM_CHARS = 300;

    private RequestLimits() {
    }

    /** A body declared too large is refused before it is read. */
    public static void declaredSize(Context ctx) {
        String len = ctx.header("Content-Length");
        if (len != null && len.matches("\\d{1,18}") && Long.parseLong(len) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
    }

    public static ApiException tooLarge() {
        return new ApiException(413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
    }

    /** The checks of a matched API route: its parameters, and a JSON body for a write. */
    public static void matched(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        Route route = endpoint == null ? null : endpoint.metadata(Route.class);
        if (route == null) {
            return;
        }
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (!route.params().contains(p.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + p.getKey() + "' (this endpoint takes "
                        + (route.params().isEmpty() ? "none" : String.join(", ", route.params())) + ")");
            }
            for (String v : p.getValue()) {
                if (v.length() > MAX_PARAM_CHARS) {
                    throw ApiException.badRequest("parameter '" + p.getKey() + "' is longer than " + MAX_PARAM_CHARS
                            + " characters");
                }
            }
        }
        if (route.writes()) {
            String ct = ctx.contentType();
            if (ct == null || !ct.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                throw new ApiException(415, "writes take a JSON body (Content-Type: application/json)");
            }
        }
    }
}
