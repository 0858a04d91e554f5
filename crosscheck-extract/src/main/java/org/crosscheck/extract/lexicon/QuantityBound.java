package org.crosscheck.extract.lexicon;

/** The bound a qualifier puts on the number after it ({@code quantity-qualifiers.tsv}). */
public enum QuantityBound {
    /** "about 20", "some 20". */
    EXACT,
    /** "at least 20". */
    AT_LEAST,
    /** "more than 20": 21 at least. */
    MORE_THAN,
    /** "up to 20", "nearly 20". */
    UP_TO,
    /** "fewer than 20": 19 at most. */
    LESS_THAN
}
