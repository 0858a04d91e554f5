package org.crosscheck.geo;

import static org.crosscheck.geo.PlaceWords.COMPASS_ADJECTIVES;
import static org.crosscheck.geo.PlaceWords.COMPOUND_SUFFIXES;
import static org.crosscheck.geo.PlaceWords.DIVISION_WORDS;
import static org.crosscheck.geo.PlaceWords.FACILITY_WORDS;
import static org.crosscheck.geo.PlaceWords.GENERIC_WORDS;
import static org.crosscheck.geo.PlaceWords.NEAR;
import static org.crosscheck.geo.PlaceWords.NOT_PLACES;
import static org.crosscheck.geo.PlaceWords.PLACE_NOUN_FIRST;
import static org.crosscheck.geo.PlaceWords.PLACE_NOUN_SECOND;
import static org.crosscheck.geo.PlaceWords.SPAN_WORDS;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.text.Token;

/**
 * The toponyms of one sentence while the tagger's rules run: which tokens each toponym covers ({@link #at}), which
 * tokens are taken, and the text's list of toponyms they are added to. {@link #add} makes a toponym of a token
 * range, with the span the policy gives it (division word, facility, compass part). Not thread-safe: one per
 * sentence and call.
 */
final class SentenceTags {
    final List<Token> ts;
    final String body;
    final List<Toponym> out;
    final Toponym[] at;
    final boolean[] taken;
    private final TaggingPolicy policy;
    /** Whether the gazetteer knows a name (a span's whole name before its place noun is taken off). */
    private final Predicate<String> known;
    /** When set, {@link #add} makes no toponym: the toponyms come from elsewhere (a corpus' gold). */
    private final boolean frozen;

    SentenceTags(List<Token> ts, String body, List<Toponym> out, TaggingPolicy policy, Predicate<String> known) {
        this(ts, body, out, policy, known, false);
    }

    /** {@code frozen}: toponyms are only {@link #put}, never added by a rule. */
    SentenceTags(List<Token> ts, String body, List<Toponym> out, TaggingPolicy policy, Predicate<String> known,
                 boolean frozen) {
        this.ts = ts;
        this.body = body;
        this.out = out;
        this.at = new Toponym[ts.size()];
        this.taken = new boolean[ts.size()];
        this.policy = policy;
        this.known = known;
        this.frozen = frozen;
    }

    int size() {
        return ts.size();
    }

    String word(int k) {
        return ts.get(k).word();
    }

    /** The word at {@code k} in lower case, or "" past the end. */
    String lower(int k) {
        return k >= 0 && k < ts.size() ? ts.get(k).word().toLowerCase(Locale.ROOT) : "";
    }

    /** Whether {@code t} begins at token {@code k}. */
    boolean startsAt(Toponym t, int k) {
        return t != null && t.start() == ts.get(k).start();
    }

    /** The first token after the toponym that covers token {@code k}. */
    int after(int k) {
        Toponym t = at[k];
        int e = k;
        while (e < ts.size() && at[e] == t) {
            e++;
        }
        return e;
    }

    /**
     * Makes a toponym of tokens {@code from..to} (exclusive) unless one of them is taken or the name is no place;
     * under a qualified policy its span takes a place noun, facility or compass adjective around it.
     */
    void add(int from, int to, Set<Toponym.Cue> cues, int enclosing) {
        int n = ts.size();
        if (frozen) {
            return;
        }
        for (int x = from; x < to; x++) {
            if (taken[x]) {
                return;
            }
        }
        int start = ts.get(from).start();
        int end = ts.get(to - 1).end();
        Token lastToken = ts.get(to - 1);
        String lastWord = lastToken.word();
        int hy = lastWord.lastIndexOf('-');
        if (hy > 0 && hy < lastWord.length() - 1 && Character.isLowerCase(lastWord.charAt(hy + 1))
                && body.startsWith(lastWord.substring(0, hy), lastToken.start())) {
            String suffix = lastWord.substring(hy + 1).toLowerCase(Locale.ROOT);
            if ((COMPOUND_SUFFIXES.contains(suffix) || suffix.endsWith("ed")) && !placeInCompound(suffix)
                    && !policy.embedded()) {
                // "United Nations-run", "Iranian-backed": an adjective, no place (a policy that counts names
                // inside other words counts "London" of "London-based").
                return;
            }
            // "Turkana County-it": a dash lost its spaces; the name ends at it.
            end = lastToken.start() + hy;
        }
        if (to + 1 < n && ts.get(to).word().equals("-") && ts.get(to).start() == end
                && ts.get(to + 1).start() == ts.get(to).end()) {
            // The same adjective split by the tokeniser: "Nations", "-", "run".
            String suffix = ts.get(to + 1).word();
            if ((COMPOUND_SUFFIXES.contains(suffix) || suffix.endsWith("ed") && Character.isLowerCase(suffix.charAt(0)))
                    && !placeInCompound(suffix) && !policy.embedded()) {
                return;
            }
        }
        String name = body.substring(start, end);
        if (!mayBePlace(name) || policy.qualified() && name.indexOf(' ') > 0
                && PlaceWords.ORGANISATION_HEADS.contains(PlaceWords.lastWord(name))) {
            return;
        }
        EnumSet<Toponym.Cue> all = EnumSet.noneOf(Toponym.Cue.class);
        all.addAll(cues);
        int tail = end == lastToken.end() ? tailNounLength(from, to) : 0;
        if (tail > 0 && !known.test(name)) {
            // "Turkana County", "Loima County", "the Kakuma refugee camp" as one NER name the gazetteer lacks: the
            // place is named by the words before its place noun, as "Turkana county" is.
            if (DIVISION_WORDS.contains(ts.get(to - tail).word().toLowerCase(Locale.ROOT))
                    && !ts.get(to - tail).word().equalsIgnoreCase("city")) {
                all.add(Toponym.Cue.DIVISION);
            }
            name = body.substring(start, ts.get(to - tail - 1).end());
        }
        if (to < n && DIVISION_WORDS.contains(ts.get(to).word().toLowerCase(Locale.ROOT))
                && !ts.get(to).word().equals("City") && Character.isLowerCase(ts.get(to).word().charAt(0))) {
            all.add(Toponym.Cue.DIVISION);
        }
        if (from > 0 && NEAR.contains(ts.get(from - 1).word().toLowerCase(Locale.ROOT))) {
            all.add(Toponym.Cue.NEAR);
        }
        int first = from;
        int last = to;
        int spanStart = start;
        int spanEnd = end;
        if (policy.qualified() && end == lastToken.end()) {
            int k = placeNounLength(to);
            int f = to;
            if (f < n && (ts.get(f).word().equals("'") || ts.get(f).word().equals("'s")
                    || ts.get(f).word().equals("’s") || ts.get(f).word().equals("’"))) {
                f++;
            }
            if (f < n && ts.get(f).word().equalsIgnoreCase("international")) {
                f++;
            }
            if (k > 0 && free(to, to + k)) {
                last = to + k;
            } else if (f < n && FACILITY_WORDS.contains(ts.get(f).word().toLowerCase(Locale.ROOT))
                    && free(to, f + 1)) {
                last = f + 1;
                all.add(Toponym.Cue.FACILITY);
            }
            if (from > 0 && !taken[from - 1] && Character.isLowerCase(ts.get(from - 1).word().charAt(0))
                    && COMPASS_ADJECTIVES.contains(ts.get(from - 1).word())) {
                first = from - 1;
                all.add(Toponym.Cue.PART);
            }
            spanStart = ts.get(first).start();
            spanEnd = last > to ? ts.get(last - 1).end() : end;
        }
        Toponym t = new Toponym(spanStart, spanEnd, body.substring(spanStart, spanEnd), all, enclosing, name);
        out.add(t);
        for (int x = first; x < last; x++) {
            at[x] = t;
            taken[x] = true;
        }
    }

    /**
     * Makes a named site of tokens {@code from..end} (exclusive) whose own name ends before {@code nameEnd}: a toponym
     * that was only the name ("Abu Bakr" of "the Abu Bakr mosque") gives way to it.
     */
    void site(int from, int nameEnd, int end) {
        if (frozen) {
            return;
        }
        for (int x = from; x < nameEnd; x++) {
            Toponym old = at[x];
            if (old != null) {
                out.remove(old);
                for (int y = 0; y < at.length; y++) {
                    if (at[y] == old) {
                        at[y] = null;
                        taken[y] = false;
                    }
                }
            }
        }
        int start = ts.get(from).start();
        int stop = ts.get(end - 1).end();
        Toponym t = new Toponym(start, stop, body.substring(start, stop), EnumSet.of(Toponym.Cue.SITE), -1,
                body.substring(start, ts.get(nameEnd - 1).end()));
        out.add(t);
        for (int x = from; x < end; x++) {
            at[x] = t;
            taken[x] = true;
        }
    }

    /** Marks the tokens inside {@code t}'s span as its own; false when no token of this sentence is. */
    boolean put(Toponym t) {
        boolean any = false;
        for (int x = 0; x < ts.size(); x++) {
            if (ts.get(x).start() >= t.start() && ts.get(x).end() <= t.end() && !taken[x]) {
                at[x] = t;
                taken[x] = true;
                any = true;
            }
        }
        return any;
    }

    /**
     * Whether the name before a hyphenated suffix is a place: "Berlin-based", "Kabul-born" say where; under a policy
     * that counts associative toponyms (GeoWebNews) every "X-led", "X-backed" does too.
     */
    private boolean placeInCompound(String suffix) {
        return !policy.qualified() || suffix.equals("based") || suffix.equals("born");
    }

    boolean free(int from, int to) {
        for (int x = from; x < to; x++) {
            if (taken[x]) {
                return false;
            }
        }
        return true;
    }

    /** Replaces {@code t}, in the found list and on its tokens, by itself inside the place at {@code enclosing}. */
    void placeInside(Toponym t, int enclosing) {
        Toponym moved = t.within(enclosing);
        out.set(out.indexOf(t), moved);
        for (int x = 0; x < at.length; x++) {
            if (at[x] == t) {
                at[x] = moved;
            }
        }
    }

    /**
     * Tokens of a place noun (any case) that end the name {@code from..to} after at least one word of its own:
     * 1 for "County" in "Turkana County", 2 for "refugee camp" in "Kakuma refugee camp", else 0.
     */
    private int tailNounLength(int from, int to) {
        if (to - from < 2) {
            return 0;
        }
        String last = ts.get(to - 1).word().toLowerCase(Locale.ROOT);
        if (to - from >= 3 && PLACE_NOUN_FIRST.contains(ts.get(to - 2).word().toLowerCase(Locale.ROOT))
                && PLACE_NOUN_SECOND.contains(last)) {
            return 2;
        }
        return SPAN_WORDS.contains(last) ? 1 : 0;
    }

    /** Length of "Camp" or "Refugee Camp" (any case) at {@code k}, or 0. */
    int campLength(int k) {
        String w = ts.get(k).word().toLowerCase(Locale.ROOT);
        if (w.equals("camp")) {
            return 1;
        }
        return PLACE_NOUN_FIRST.contains(w) && k + 1 < ts.size()
                && ts.get(k + 1).word().equalsIgnoreCase("camp") ? 2 : 0;
    }

    /** Tokens of a place noun at {@code k}: 1 for "district", "camp", "valley"…, 2 for "refugee camp", else 0. */
    int placeNounLength(int k) {
        if (k >= ts.size()) {
            return 0;
        }
        String w = ts.get(k).word().toLowerCase(Locale.ROOT);
        if (!Character.isLowerCase(ts.get(k).word().charAt(0))) {
            // A camp's proper name: "the Kakuma Refugee Camp".
            return campLength(k);
        }
        if (k + 1 < ts.size() && PLACE_NOUN_FIRST.contains(w)
                && PLACE_NOUN_SECOND.contains(ts.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            return 2;
        }
        return SPAN_WORDS.contains(w) ? 1 : 0;
    }

    /**
     * The word before token {@code i}, lower case, looking past "the" and up to two modifiers: "in the Tula region"
     * and "into neighbouring Ethiopia" give "in" and "into".
     */
    String previousWord(int i) {
        int p = i - 1;
        // A modifier that is itself a locative word ends the look-back: "bordering Mali".
        for (int m = 0; m < 2 && p >= 1 && Enclosures.isModifier(ts.get(p))
                && !PlaceWords.BORDERING.contains(ts.get(p).word().toLowerCase(Locale.ROOT)); m++) {
            p--;
        }
        if (p >= 1 && ts.get(p).word().equalsIgnoreCase("the")) {
            p--;
        }
        return p >= 0 ? ts.get(p).word().toLowerCase(Locale.ROOT) : "";
    }

    /** Names that are never toponyms: title abbreviations, lone compass words, common words, seats of power. */
    static boolean mayBePlace(String name) {
        if (name.length() <= 5 && name.endsWith(".") && !name.equals(name.toUpperCase(Locale.ROOT))
                && name.indexOf('.') == name.length() - 1 && !DivisionRecords.isAbbreviation(name)) {
            // "Mr.", "Lt.", "Gen.": an abbreviated title; "U.S." and "S.C." are all capitals.
            return false;
        }
        String k = Names.key(name);
        return !k.isEmpty() && !GENERIC_WORDS.contains(k) && !NOT_PLACES.contains(k);
    }

    static boolean isCapitalised(Token t) {
        String w = t.word();
        return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Names.articleThenName(w));
    }

    /** Proper noun by its tag; hand-made texts without tags count every capitalised word. */
    static boolean isProperNoun(Token t) {
        return t.pos().isEmpty() || t.pos().startsWith("NNP");
    }

    static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
