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
 */
public final class QuantityReader {
    /** A quantity found at tokens {@code first..last} (inclusive) of a sentence. */
    public record Quantity(int first, int last, Count count) {
    }

    private static final Map<String, Integer> UNITS = Lexicon.english().numberUnits();
    private static final Map<String, Integer> MULTIPLIERS = Lexicon.english().multipliers();

    /** Vague quantities; "heavy" and "significant" only count before casualty nouns, checked by callers. */
    public static final Set<String> VAGUE = Lexicon.english().words(WordClass.VAGUE_QUANTITIES);

    /** Two-word and one-word qualifiers that stand before a number. */
    private static final Map<String, QuantityBound> QUALIFIERS = Lexicon.english().qualifiers();

    /**
     * The quantity whose number is at token {@code i}, with the qualifier words before it, or empty when token
     * {@code i} does not start a number.
     */
    public Optional<Quantity> numberAt(List<Token> ts, int i) {
        Optional<int[]> number = number(ts, i);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        int value = number.get()[0];
        int last = number.get()[1];
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
        Count count = switch (bound) {
            case EXACT -> Count.exactly(value, "");
            case AT_LEAST -> Count.atLeast(value, "");
            case MORE_THAN -> Count.atLeast(value + 1, "");
            case UP_TO -> new Count(null, value, false, "");
            case LESS_THAN -> new Count(null, Math.max(0, value - 1), false, "");
        };
        return Optional.of(new Quantity(first, last, count));
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

    /** [value, last token index] of a number written at token {@code i}. */
    private Optional<int[]> number(List<Token> ts, int i) {
        String w = Words.lower(ts.get(i));
        if (w.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
            long v = Long.parseLong(w.replace(",", ""));
            if (v > 10_000_000) {
                return Optional.empty();
            }
            int value = (int) v;
            int last = i;
            if (i + 1 < ts.size() && MULTIPLIERS.containsKey(Words.lower(ts.get(i + 1)))) {
                value *= MULTIPLIERS.get(Words.lower(ts.get(i + 1)));
                last = i + 1;
            }
            return Optional.of(new int[] {value, last});
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
        int value = v;
        while (last + 1 < ts.size()) {
            String next = Words.lower(ts.get(last + 1));
            Integer nv = wordValue(next);
            if (MULTIPLIERS.containsKey(next)) {
                value *= MULTIPLIERS.get(next);
                last++;
            } else if (nv != null && nv < 10 && value % 10 == 0 && value >= 20 && value < 100) {
                value += nv;
                last++;
            } else if (next.equals("and") && last + 2 < ts.size() && value >= 100
                    && wordValue(Words.lower(ts.get(last + 2))) != null) {
                value += wordValue(Words.lower(ts.get(last + 2)));
                last += 2;
            } else {
                break;
            }
        }
        return Optional.of(new int[] {value, last});
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
