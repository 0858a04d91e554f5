package org.crosscheck.server.http;

/** The one shape of every error the server answers: {@code {"error": {"status": 404, "message": "…"}}}. */
public record ErrorBody(Detail error) {
    /** The status again (for clients that only keep the body) and a one-line message. */
    public record Detail(int status, String message) {
    }

    public static ErrorBody of(int status, String message) {
        return new ErrorBody(new Detail(status, message == null || message.isBlank() ? "error" : message));
    }
}
