package org.crosscheck.server.http;

import io.javalin.http.Context;

/**
 * Request bodies read into records through Javalin's body validator and the server's JSON mapper, which refuses
 * duplicate keys and fractional numbers where a whole one belongs; the records check their own fields. Stateless.
 */
public final class Bodies {
    private Bodies() {
    }

    public static <T> T read(Context ctx, Class<T> type) {
        byte[] b = ctx.bodyAsBytes();
        if (b.length > RequestLimits.MAX_BODY_BYTES) {
            throw RequestLimits.tooLarge();
        }
        T value = ctx.bodyValidator(type).getOrNull();
        if (value == null) {
            throw ApiException.badRequest("the request body must be a JSON object");
        }
        return value;
    }
}
