package org.crosscheck.server.http;

/**
 * Checks for the fields of request bodies, called from the records' constructors: a refusal is an
 * {@link IllegalArgumentException} whose message names the field. Stateless.
 */
public final class Fields {
    private Fields() {
    }

    /** Text that must be given and not blank, at most {@code max} characters. */
    public static String required(String name, String value, int max) {
        if (value == null) {
            throw new IllegalArgumentException("'" + name + "' is required");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be empty");
        }
        return optional(name, value, max);
    }

    /** Text that may be missing, at most {@code max} characters. */
    public static String optional(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("'" + name + "' is longer than " + max + " characters");
        }
        return value;
    }

    /** A record's id: a whole number above zero. */
    public static long id(String name, Long value) {
        if (value == null || value < 1) {
            throw new IllegalArgumentException("'" + name + "' must be an id (a whole number)");
        }
        return value;
    }
}
