package org.crosscheck.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches Javalin (a request line or header it cannot parse, an
 * address or headers too long, an HTTP version it does not speak), in the API's {@link ErrorBody} format with the
 * same security headers as every other response, instead of Jetty's HTML page.
 *
 * <p>Thread-safety: stateless apart from the immutable header map.
 */
public final class JettyErrors extends ErrorHandler {
    private final Map<String, String> headers = SecurityHeaders.all();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        for (Map.Entry<String, String> h : headers.entrySet()) {
            response.getHeaders().put(h.getKey(), h.getValue());
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (HttpStatus.hasNoBody(code)) {
            callback.succeeded();
            return;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        String body = "{\"error\":{\"status\":" + code + ",\"message\":\"" + escape(message(code, message)) + "\"}}";
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** Jetty's reason in the words of the API's other messages. */
    static String message(int code, String reason) {
        return switch (code) {
            case 400 -> "the request is not valid HTTP" + (reason == null || reason.isBlank()
                    || reason.equals(HttpStatus.getMessage(code)) ? "" : " (" + reason + ")");
            case 414 -> "the request's address is too long";
            case 431 -> "the request's headers are too large";
            case 505 -> "this HTTP version is not supported (HTTP/1.1 is)";
            default -> reason == null || reason.isBlank() ? HttpStatus.getMessage(code) : reason;
        };
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
