package org.crosscheck.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every refusal and failure as an {@link ErrorBody}: the client gets a status and a one-line message, never a stack
 * trace or a Java type name; an internal error is logged with its cause. Stateless.
 */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    /** The browser's 404 page, read once: it is part of the build, not of the data. Empty if it is missing. */
    private static final byte[] NOT_FOUND_PAGE = resource("/org/crosscheck/server/web/notfound.html");

    private Errors() {
    }

    public static void register(JavalinConfig cfg) {
        cfg.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
        cfg.routes.exception(ValidationException.class, (e, ctx) -> write(ctx, 400, message(e.getErrors())));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 404 && wantsPage(ctx)) {
                notFoundPage(ctx);
                return;
            }
            write(ctx, e.getStatus(), e.getStatus() == 413 ? RequestLimits.tooLarge().getMessage() : e.getMessage());
        });
        cfg.routes.exception(NoSuchElementException.class, (e, ctx) -> write(ctx, 404, e.getMessage()));
        cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> write(ctx, 400, e.getMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            HttpException jetty = jettyRefusal(e);
            if (jetty != null) {
                write(ctx, jetty.getCode(), jetty.getCode() == 408
                        ? "the request body arrived too slowly (at least " + RequestLimits.MIN_BYTES_PER_SECOND
                        + " bytes a second)" : JettyErrors.message(jetty.getCode(), jetty.getReason()));
                return;
            }
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal error");
        });
        cfg.router.javaLangErrorHandler((res, e) -> {
            LOG.error("a request failed with {}", e.toString(), e);
            try {
                res.setStatus(500);
                res.setContentType("application/json");
                res.getOutputStream().write("{\"error\":{\"status\":500,\"message\":\"internal error\"}}"
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException | IllegalStateException ignored) {
                // The response was committed already: the client sees the connection end.
            }
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                if (wantsPage(ctx)) {
                    notFoundPage(ctx);
                } else {
                    write(ctx, 404, "no such resource: " + ctx.path());
                }
            }
        });
        cfg.routes.error(405, ctx -> write(ctx, 405, "method not allowed: " + ctx.method()));
    }

    /** A browser asking for a page (not the API, not an asset): it gets the 404 page with links on. */
    private static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return "GET".equals(ctx.method().name()) && accept != null && accept.contains("text/html")
                && !ctx.path().startsWith("/api/") && !ctx.path().startsWith("/assets/");
    }

    private static void notFoundPage(Context ctx) {
        if (NOT_FOUND_PAGE.length == 0) {
            write(ctx, 404, "no such page: " + ctx.path());
            return;
        }
        ctx.status(404).contentType("text/html; charset=utf-8").result(NOT_FOUND_PAGE.clone());
    }

    private static byte[] resource(String path) {
        try (InputStream in = Errors.class.getResourceAsStream(path)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Jetty's refusal of the request (a body too slow, say), found under whatever wraps it. */
    private static HttpException jettyRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) {
                return h;
            }
        }
        return null;
    }

    public static void write(Context ctx, int status, String message) {
        ctx.status(status).json(ErrorBody.of(status, message));
    }

    /** "'limit' must be between 1 and 500, not 0": the first failed parameter, its rule and its value. */
    static String message(Map<String, List<ValidationError<Object>>> errors) {
        for (Map.Entry<String, List<ValidationError<Object>>> e : errors.entrySet()) {
            for (ValidationError<Object> err : e.getValue()) {
                if (err.exception() != null) {
                    return bodyOrParameter(e.getKey(), err);
                }
                return "'" + e.getKey() + "' " + err.getMessage() + ", not " + shown(err.value);
            }
        }
        return "bad request";
    }

    private static String shown(Object value) {
        return value instanceof Number ? value.toString() : "'" + value + "'";
    }

    private static String kind(Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return type == String.class ? "a string" : "of another type";
    }

    private static String bodyOrParameter(String field, ValidationError<Object> err) {
        Throwable x = err.exception();
        if (!(x instanceof JsonProcessingException jpe)) {
            return "'" + field + "' " + x.getMessage() + ", not " + shown(err.value);
        }
        if (jpe instanceof ValueInstantiationException && jpe.getCause() != null) {
            return jpe.getCause().getMessage();
        }
        if (jpe instanceof MismatchedInputException mie && mie.getPath().isEmpty()) {
            return "the request body must be a JSON object";
        }
        if (jpe instanceof MismatchedInputException mie) {
            return "'" + mie.getPath().get(mie.getPath().size() - 1).getFieldName() + "' must be "
                    + kind(mie.getTargetType());
        }
        return "the request body is not valid JSON: " + jpe.getOriginalMessage();
    }
}
