package org.crosscheck.server.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every API request must keep to before a handler runs: a body no larger than {@link #MAX_BODY_BYTES}, only
 * the route's own query parameters, none longer than {@link #MAX_PARAM_CHARS}, for a write a JSON body, and no
 * method override.
 * Stateless.
 */
public final class RequestLimits {
    /** Request bodies larger than this are refused with 413 (edits are a few hundred bytes). */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final int MAX_PARAM_CHARS = 300;
    /**
     * A request body must arrive at least this fast (Jetty answers 408 otherwise): a client trickling a body
     * byte by byte would hold a thread for as long as it liked.
     */
    public static final long MIN_BYTES_PER_SECOND = 256;

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
        if (route.body() == Route.Body.JSON && !isJson(ctx.contentType())) {
            throw new ApiException(415, "writes take a JSON body (Content-Type: application/json)");
        }
        if (route.body() == Route.Body.JSON_OR_TEXT && !isJson(ctx.contentType()) && !isText(ctx.contentType())) {
            throw new ApiException(415, "this write takes a JSON body (Content-Type: application/json) or the text "
                    + "itself (Content-Type: text/plain; charset=utf-8)");
        }
    }

    /** {@code application/json}, with no parameter but {@code charset=utf-8}: JSON is UTF-8 (RFC 8259). */
    static boolean isJson(String contentType) {
        return isUtf8(contentType, "application/json");
    }

    /** {@code text/plain}, with no parameter but {@code charset=utf-8}: the text is read as UTF-8. */
    public static boolean isText(String contentType) {
        return isUtf8(contentType, "text/plain");
    }

    private static boolean isUtf8(String contentType, String mediaType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";", -1);
        if (!parts[0].strip().equalsIgnoreCase(mediaType)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            if (!p.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Javalin takes a method from an {@code X-HTTP-Method-Override} header, which would let a link or a form that
     * can only send GET or POST make another request; the server takes no override.
     */
    public static void noMethodOverride(Context ctx) {
        if (ctx.header("X-HTTP-Method-Override") != null) {
            throw ApiException.badRequest("X-HTTP-Method-Override is not accepted; send the method itself");
        }
    }
}
