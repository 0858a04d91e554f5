package org.crosscheck.server.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An order of the events list: by date (the default, newest first), deaths, reports or id. Immutable. */
public record EventOrder(Key key, boolean descending) {
    public static final EventOrder DEFAULT = new EventOrder(Key.DATE, true);

    /** What the list is sorted by, and its doc-values field. */
    public enum Key {
        DATE(IndexSchema.START_DV), FATALITIES(IndexSchema.FATALITIES_DV), REPORTS(IndexSchema.REPORTS_DV),
        ID(IndexSchema.ID_DV);

        final String field;

        Key(String field) {
            this.field = field;
        }
    }

    /** The names the API takes: {@code date}, {@code -date} (descending) and so on. */
    public static List<String> names() {
        return Arrays.stream(Key.values()).flatMap(k -> {
            String n = k.name().toLowerCase(Locale.ROOT);
            return java.util.stream.Stream.of("-" + n, n);
        }).toList();
    }

    /** @throws IllegalArgumentException for a name not in {@link #names()} */
    public static EventOrder parse(String name) {
        boolean desc = name.startsWith("-");
        String k = desc ? name.substring(1) : name;
        for (Key key : Key.values()) {
            if (key.name().toLowerCase(Locale.ROOT).equals(k)) {
                return new EventOrder(key, desc);
            }
        }
        throw new IllegalArgumentException("must be one of " + String.join(", ", names()));
    }
}
