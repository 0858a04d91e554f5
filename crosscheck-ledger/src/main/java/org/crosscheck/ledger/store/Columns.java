package org.crosscheck.ledger.store;

/** Values fitted to their columns: the row records cut text to the widths V1__ledger.sql declares. */
final class Columns {
    private Columns() {
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
