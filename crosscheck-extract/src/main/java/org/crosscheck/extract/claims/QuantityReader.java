package org.crosscheck.extract.claims;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("both", 2));
    private static final Map<String, Integer> MULTIPLIERS = Map.of("hundred", 100, "thousand", 1000,
            "million", 1_000_000);

    /** Vague quantities; "heavy" and "significant" only count before casualty nouns, checked by callers. */
    public static final Set<String> VAGUE = Set.of("several", "many", "dozens", "scores", "hundreds", "thousands",
            "numerous", "countless", "multiple", "heavy", "significant", "tens", "some", "few",
            "substantial", "minimal", "unknown", "unspecified", "untold");

    private enum Bound { EXACT, AT_LEAST, MORE_THAN, UP_TO, LESS_THAN }

    /** Two-word and one-word qualifiers that stand before a number. */
    private static final Map<String, Bound> QUALIFIERS = Map.ofEntries(
            Map.entry("at least", Bound.AT_LEAST), Map.entry("more than", Bound.MORE_THAN),
            Map.entry("over", Bound.MORE_THAN), Map.entry("upwards of", Bound.MORE_THAN),
            Map.entry("in excess of", Bound.MORE_THAN), Map.entry("nearly", Bound.UP_TO),
            Map.entry("almost", Bound.UP_TO), Map.entry("up to", Bound.UP_TO), Map.entry("as many as", Bound.UP_TO),
            Map.entry("at most", Bound.UP_TO), Map.entry("fewer than", Bound.LESS_THAN),
            Map.entry("less than", Bound.LESS_THAN), Map.entry("about", Bound.EXACT), Map.entry("around", Bound.EXACT),
            Map.entry("some", Bound.EXACT), Map.entry("approximately", Bound.EXACT), Map.entry("roughly", Bound.EXACT),
            Map.entry("an estimated", Bound.EXACT), Map.entry("all", Bound.EXACT), Map.entry("another", Bound.EXACT),
            Map.entry("a further", Bound.EXACT), Map.entry("a total of", Bound.EXACT), Map.entry("all of the", Bound.EXACT),
            Map.entry("a", Bound.EXACT), Map.entry("the", Bound.EXACT), Map.entry("only", Bound.EXACT),
            Map.entry("just", Bound.EXACT), Map.entry("close to", Bound.UP_TO), Map.entry("at least another", Bound.AT_LEAST));

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
        Bound bound = Bound.EXACT;
        for (int words = 3; words >= 1; words--) {
            if (i - words < 0) {
                continue;
            }
            StringBuilder q = new StringBuilder();
            for (int k = i - words; k < i; k++) {
                q.append(k > i - words ? " " : "").append(Words.lower(ts.get(k)));
            }
            Bound b = QUALIFIERS.get(q.toString());
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
