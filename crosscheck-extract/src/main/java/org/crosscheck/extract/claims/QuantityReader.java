package org.crosscheck.extract.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.QuantityBound;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.Count;
import org.crosscheck.text.Token;

/**
 * Reads the quantity phrases of casualty reporting from tokens: digits and number words with their
 * qualifiers ("at least 25", "more than 3,000", "up to twelve", "all 18", "another five", "a hundred") and vague
 * quantities ("several", "dozens", "scores", "heavy"). Stateless and thread-safe.
 *
 * <p>A number above {@link #MAX_COUNT} is no count of people ("3,000 million", a 30-digit run, "ten million
 * million"): it is refused, not wrapped, and so is a negative one ("minus 3"). Values are computed in
 * {@code long} with every product checked, so no input can overflow.
 */
public final class QuantityReader {
    /**
     * The largest count read: above any casualty or displacement figure a report gives for one incident or
     * war, and far below {@code Integer.MAX_VALUE}.
     */
    public static final long MAX_COUNT = 10_000_000;

    /** A quantity found at tokens {@code first..last} (inclusive) of a sentence. */
    public record Quantity(int first, int last, Count count) {
    }

    private static final Map<String, Integer> UNITS = Lexicon.english().numberUnits();
    private static final Map<String, Integer> MULTIPLIERS = Lexicon.english().multipliers();

    /** Vague quantities; "heavy" and "significant" only count before casualty nouns, checked by callers. */
    public static final Set<String> VAGUE = Lexicon.english().words(WordClass.VAGUE_QUANTITIES);

    /** Words that make the number after them negative: no count of people. */
    private static final Set<String> NEGATIONS = Set.of("minus", "negative", "\u2212");

    /** Two-word and one-word qualifiers that stand before a number. */
    private static final Map<String, QuantityBound> QUALIFIERS = Lexicon.english().qualifiers();

    /**
     * The quantity whose number is at token {@code i}, with the qualifier words before it, or empty when token
     * {@code i} does not start a number.
     */
    public Optional<Quantity> numberAt(List<Token> ts, int i) {
        Optional<Quantity> vague = vagueMultiple(ts, i);
        if (vague.isPresent()) {
            return vague;
        }
        Optional<int[]> number = number(ts, i);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        int value = number.get()[0];
        int last = number.get()[1];
        if (i > 0 && NEGATIONS.contains(Words.lower(ts.get(i - 1)))) {
            return Optional.empty();
        }
        int first = i;
        QuantityBound bound = QuantityBound.EXACT;
        for (int words = 3; words >= 1; words--) {
            if (i - words < 0) {
                continue;
            }
            StringBuilder q = new StringBuilder();
            for (int k = i - words; k < i; k++) {
                q.append(k > i - words ? " " : "").append(Words.lower(ts.get(k)));
            }
            QuantityBound b = QUALIFIERS.get(q.toString());
            if (b != null) {
                // "a" and "the" belong to the quantity only before "hundred"/"dozen" ("a hundred jihadists")
                if ((q.toString().equals("a") || q.toString().equals("the")) && value != 100 && value != 12
                        && value != 1000) {
                    continue;
                }
                bound = b;
                first = i - words;
                break;
            }
        }
        if (bound == QuantityBound.MORE_THAN && value >= MAX_COUNT) {
            return Optional.empty();
        }
        Count count = switch (bound) {
            case EXACT -> Count.exactly(value, "");
            case AT_LEAST -> Count.atLeast(value, "");
            case MORE_THAN -> Count.atLeast(value + 1, "");
            case UP_TO -> new Count(null, value, false, "");
            case LESS_THAN -> new Count(null, Math.max(0, value - 1), false, "");
        };
        return Optional.of(new Quantity(first, last, count));
    }

    /**
     * "several dozen", "a few hundred", "many thousand": a vague word before a number word that multiplies or
     * counts in dozens gives no figure, only a vague quantity over both words (and "a" of "a few").
     */
    private static Optional<Quantity> vagueMultiple(List<Token> ts, int i) {
        String w = Words.lower(ts.get(i));
        if (i == 0 || !(MULTIPLIERS.containsKey(w) || w.equals("dozen"))
                || !VAGUE.contains(Words.lower(ts.get(i - 1))) || QUALIFIERS.containsKey(Words.lower(ts.get(i - 1)))) {
            return Optional.empty();
        }
        int first = i - 1;
        if (first > 0 && Words.lower(ts.get(first)).equals("few") && Words.lower(ts.get(first - 1)).equals("a")) {
            first--;
        }
        return Optional.of(new Quantity(first, i, Count.vague("")));
    }

    /** A vague quantity word at token {@code i} ("several", "dozens of"), or empty. */
    public Optional<Quantity> vagueAt(List<Token> ts, int i) {
        String w = Words.lower(ts.get(i));
        if (!VAGUE.contains(w)) {
            return Optional.empty();
        }
        int last = i;
        if (i + 1 < ts.size() && Words.lower(ts.get(i + 1)).equals("of")) {
            last = i + 1;
        }
        return Optional.of(new Quantity(i, last, Count.vague("")));
    }

    /** [value, last token index] of a number written at token {@code i}, when it is at most {@link #MAX_COUNT}. */
    private Optional<int[]> number(List<Token> ts, int i) {
        String w = Words.lower(ts.get(i));
        if (w.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
            long value = digits(w.replace(",", ""));
            int last = i;
            if (i + 1 < ts.size() && MULTIPLIERS.containsKey(Words.lower(ts.get(i + 1)))) {
                value = times(value, MULTIPLIERS.get(Words.lower(ts.get(i + 1))));
                last = i + 1;
            }
            return bounded(value, last);
        }
        Integer v = null;
        int last = i;
        if (w.equals("a") || w.equals("one")) {
            String next = i + 1 < ts.size() ? Words.lower(ts.get(i + 1)) : "";
            if (MULTIPLIERS.containsKey(next)) {
                v = MULTIPLIERS.get(next);
                last = i + 1;
            } else if (next.equals("dozen")) {
                return Optional.of(new int[] {12, i + 1});
            } else if (w.equals("a")) {
                return Optional.empty();
            }
        }
        if (v == null) {
            v = wordValue(w);
        }
        if (v == null) {
            return Optional.empty();
        }
        long value = v;
        while (last + 1 < ts.size()) {
            String next = Words.lower(ts.get(last + 1));
            Integer nv = wordValue(next);
            if (MULTIPLIERS.containsKey(next)) {
                value = times(value, MULTIPLIERS.get(next));
                last++;
            } else if (nv != null && nv < 10 && value % 10 == 0 && value >= 20 && value < 100) {
                value += nv;
                last++;
            } else if (next.equals("and") && last + 2 < ts.size() && value >= 100 && value <= MAX_COUNT
                    && wordValue(Words.lower(ts.get(last + 2))) != null) {
                value += wordValue(Words.lower(ts.get(last + 2)));
                last += 2;
            } else {
                break;
            }
        }
        return bounded(value, last);
    }

    /** A digit run's value, or {@code MAX_COUNT + 1} for any run too long to be a count. */
    private static long digits(String run) {
        String d = run.replaceFirst("^0+(?=\\d)", "");
        return d.length() > 8 ? MAX_COUNT + 1 : Long.parseLong(d);
    }

    /** {@code a * b} for non-negative factors, saturating above {@link #MAX_COUNT} instead of overflowing. */
    private static long times(long a, long b) {
        return a > MAX_COUNT || b > MAX_COUNT ? MAX_COUNT + 1 : Math.min(a * b, MAX_COUNT + 1);
    }

    private static Optional<int[]> bounded(long value, int last) {
        return value > MAX_COUNT ? Optional.empty() : Optional.of(new int[] {(int) value, last});
    }

    private static Integer wordValue(String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        Integer v = UNITS.get(lw);
        if (v != null) {
            return v;
        }
        int dash = lw.indexOf('-');
        if (dash > 0) {
            Integer tens = UNITS.get(lw.substring(0, dash));
            Integer units = UNITS.get(lw.substring(dash + 1));
            if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10) {
                return tens + units;
            }
        }
        return null;
    }
}
