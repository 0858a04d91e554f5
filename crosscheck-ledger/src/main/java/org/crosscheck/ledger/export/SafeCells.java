package org.crosscheck.ledger.export;

/**
 * Text cells a spreadsheet would run as a formula: a cell starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return gets a leading apostrophe, as OWASP's CSV-injection advice says, so that a report's
 * header ({@code outlet: =HYPERLINK(...)}) is shown as text. Only text is touched: numbers are written as numbers.
 */
final class SafeCells {
    private static final String TRIGGERS = "=+-@\t\r";

    private SafeCells() {
    }

    static String cell(String text) {
        if (text == null || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
