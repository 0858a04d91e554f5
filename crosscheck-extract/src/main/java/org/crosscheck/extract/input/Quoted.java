package org.crosscheck.extract.input;

/** A value of the input as a message quotes it: cut to a length that keeps the message one readable line. */
final class Quoted {
    static final int MAX_CHARS = 40;

    private Quoted() {
    }

    static String of(String value) {
        String oneLine = value.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= MAX_CHARS ? oneLine : oneLine.substring(0, MAX_CHARS) + "…";
    }
}
