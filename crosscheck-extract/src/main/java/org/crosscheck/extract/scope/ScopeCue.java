package org.crosscheck.extract.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.LexiconFile;
import org.crosscheck.extract.lexicon.LexiconFile.Line;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.text.Token;

/**
 * One line of {@code background-cues.tsv}: a short run of token tests ("since", "a total of", "per day|week") and
 * the kind of background it makes. The file's header describes the pattern syntax. Immutable.
 */
record ScopeCue(String id, List<Step> steps, Kind kind) {
    /** What a cue makes of the figure whose clause holds it. */
    enum Kind {
        CUMULATIVE, RATE, CONFLICT,
        /** A month or a year as a whole: background unless the clause names one incident. */
        PERIOD
    }

    /**
     * One token test; a negative step looks at the next token without taking it, a step before the match
     * ({@code <!a|b}, first only) at the token before the match's start.
     */
    record Step(Set<String> words, boolean optional, boolean negative, boolean before) {
        boolean test(Token t) {
            for (String w : words) {
                if (matches(w, t)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final String FILE = "background-cues.tsv";
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d([-–](1[89]|20)?\\d\\d)?");
    private static final List<String> MONTHS = Lexicon.english().list(WordClass.MONTH_PREFIXES);

    /** The cues of the file, in file order; a malformed line stops the load with its number. */
    static List<ScopeCue> load() {
        List<ScopeCue> out = new ArrayList<>();
        for (Line line : LexiconFile.read(ScopeCue.class, FILE, 1)) {
            String[] f = line.fields().toArray(String[]::new);
            if (f.length != 3 || !f[0].startsWith("scope.")) {
                throw line.problem("expected id<TAB>pattern<TAB>kind");
            }
            List<Step> steps = new ArrayList<>();
            for (String s : f[1].trim().split(" +")) {
                boolean before = s.startsWith("<!") && steps.isEmpty();
                boolean negative = s.startsWith("!") || before;
                boolean optional = !negative && s.endsWith("?") && s.length() > 1;
                String body = s.substring(before ? 2 : negative ? 1 : 0, optional ? s.length() - 1 : s.length());
                steps.add(new Step(Set.of(body.split("\\|")), optional, negative, before));
            }
            Kind kind;
            try {
                kind = Kind.valueOf(f[2].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.problem("no kind '" + f[2] + "'");
            }
            out.add(new ScopeCue(f[0], List.copyOf(steps), kind));
        }
        return List.copyOf(out);
    }

    /** The tokens of the first match starting at {@code from}, or -1: the end (exclusive) of the match. */
    int matchAt(List<Token> ts, int from) {
        if (!steps.isEmpty() && steps.get(0).before()) {
            return from > 0 && steps.get(0).test(ts.get(from - 1)) ? -1 : match(ts, from, 1);
        }
        return match(ts, from, 0);
    }

    private int match(List<Token> ts, int i, int step) {
        if (step == steps.size()) {
            return i;
        }
        Step s = steps.get(step);
        if (s.negative()) {
            return i < ts.size() && s.test(ts.get(i)) ? -1 : match(ts, i, step + 1);
        }
        if (i < ts.size() && s.test(ts.get(i))) {
            int end = match(ts, i + 1, step + 1);
            if (end >= 0) {
                return end;
            }
        }
        return s.optional() ? match(ts, i, step + 1) : -1;
    }

    private static boolean matches(String w, Token t) {
        String word = Words.lower(t);
        switch (w) {
            case "NUM":
                return t.pos().equals("CD");
            case "DAY":
                return word.matches("\\d{1,2}(st|nd|rd|th)?") && Integer.parseInt(word.replaceAll("\\D", "")) <= 31;
            case "YEAR":
                return YEAR.matcher(word).matches();
            case "MONTH":
                // "Mayor", "Marines": a month only where the tagger dated it
                return t.ner().equals("DATE") && word.length() >= 3 && MONTHS.stream().anyMatch(word::startsWith);
            case "~":
                return !Words.isPunct(t) && !t.pos().startsWith("VB") && !t.pos().equals("IN")
                        && !t.pos().equals("CD");
            default:
                return w.equals(word) || w.equals(Words.lemma(t));
        }
    }
}
