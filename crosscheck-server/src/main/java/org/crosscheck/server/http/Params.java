package org.crosscheck.server.http;

import io.javalin.config.ValidationConfig;
import io.javalin.http.Context;
import io.javalin.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Query and path parameters through Javalin's validators: typed, checked, and refused with a message naming the
 * parameter. A parameter given empty counts as not given. Stateless.
 */
public final class Params {
    /** The size of one page of a list, and the largest. */
    public record Page(int limit, int offset) {
    }

    public static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private Params() {
    }

    /** The converters behind {@code queryParamAsClass}: each failure says what the value must be. */
    public static void register(ValidationConfig validation) {
        validation.register(Integer.class, s -> {
            if (!s.strip().matches("-?\\d{1,9}")) {
                throw new IllegalArgumentException("must be a whole number");
            }
            return Integer.parseInt(s.strip());
        });
        validation.register(Long.class, s -> {
            if (!s.strip().matches("\\d{1,18}")) {
                throw new IllegalArgumentException("must be an id (a whole number)");
            }
            return Long.parseLong(s.strip());
        });
        validation.register(Boolean.class, s -> switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        });
        validation.register(LocalDate.class, s -> {
            LocalDate d;
            try {
                d = LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date YYYY-MM-DD");
            }
            // Years outside 1..9999 mean nothing for a report and are stored differently by each database.
            if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
                throw new IllegalArgumentException("must be a date from " + FIRST_DATE + " to " + LAST_DATE);
            }
            return d;
        });
    }

    /** A typed query parameter, or null when it is absent or empty. */
    public static <T> Validator<T> query(Context ctx, String name, Class<T> type) {
        return ctx.queryParamAsClass(name, type);
    }

    /** Whether the parameter carries a value. */
    public static boolean given(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v != null && !v.isBlank();
    }

    /** A whole number within bounds, or {@code dflt} when not given. */
    public static int integer(Context ctx, String name, int dflt, int min, int max) {
        if (!given(ctx, name)) {
            return dflt;
        }
        return query(ctx, name, Integer.class).check(n -> n >= min && n <= max,
                "must be between " + min + " and " + max).get();
    }

    /** {@code limit} and {@code offset}. */
    public static Page page(Context ctx, int dflt, int maxLimit, int maxOffset) {
        return new Page(integer(ctx, "limit", dflt, 1, maxLimit), integer(ctx, "offset", 0, 0, maxOffset));
    }

    public static LocalDate date(Context ctx, String name) {
        return given(ctx, name) ? query(ctx, name, LocalDate.class).get() : null;
    }

    public static Boolean bool(Context ctx, String name) {
        return given(ctx, name) ? query(ctx, name, Boolean.class).get() : null;
    }

    /** Text as given, stripped; null when empty. */
    public static String text(Context ctx, String name) {
        return given(ctx, name) ? ctx.queryParam(name).strip() : null;
    }

    public static String required(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            throw ApiException.badRequest("'" + name + "' is required");
        }
        return v;
    }

    /** A record's id in the path. */
    public static long id(Context ctx, String name) {
        return ctx.pathParamAsClass(name, Long.class).get();
    }
}
