package org.crosscheck.extract.input;

/**
 * A value of the input as a message quotes it: control and format characters (line breaks, right-to-left
 * overrides) turned to spaces and the whole cut to a length that keeps the message one readable line.
 */
final class Quoted {
    static final int MAX_CHARS = 40;

    private Quoted() {
    }

    static String of(String value) {
        String oneLine = value.replaceAll("[\\p{Cc}\\p{Cf}]", " ");
        return oneLine.length() <= MAX_CHARS ? oneLine : oneLine.substring(0, MAX_CHARS) + "…";
    }
}
