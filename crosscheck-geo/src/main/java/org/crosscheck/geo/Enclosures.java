package org.crosscheck.geo;

import static org.crosscheck.geo.PlaceWords.APPOSITION_NOUNS;
import static org.crosscheck.geo.PlaceWords.COMPASS_ADJECTIVES;
import static org.crosscheck.geo.PlaceWords.OF_DIVISIONS;
import static org.crosscheck.geo.SentenceTags.isAllCaps;
import static org.crosscheck.geo.SentenceTags.isCapitalised;
import static org.crosscheck.geo.SentenceTags.isProperNoun;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.text.Token;

/**
 * The text's own hierarchy of places: constructions of English that put one toponym inside another, read before
 * any guess from population or the rest of the report. Each sets the inner toponym's {@link Toponym#enclosingStart}:
 * <ul>
 *   <li>parentheses after a place: "Mir Ali (North Waziristan, Khyber Pakhtunkhwa)", "Mapuera (Oriximiná)" — the
 *       place inside the first name, each name inside the next;</li>
 *   <li>a place noun and "of": "the Fagge district of Kano", "the Sabon Gari area of Kano";</li>
 *   <li>a possessive: "Helmand's Nad Ali district", "Syria's Idlib province";</li>
 *   <li>apposition to a division: "Sangin, Helmand", "Kakuma, Kenya" (not "Israel, Lebanon": two countries);</li>
 *   <li>a place noun in apposition, then "in" or "of": "Arbinda, a town in Soum province", "Leego, the main town of
 *       the Bay region";</li>
 *   <li>"in": "the Kakuma camp in arid Turkana County".</li>
 * </ul>
 * A capitalised name in the enclosing slot that the NER missed is made a toponym when the construction vouches for
 * it (a name in parentheses the gazetteer knows or that carries a division word, a name after "district of", a name
 * after "in" that the NER calls a place elsewhere). Thread-safe: holds only the thread-safe {@link NameFacts}.
 */
final class Enclosures {
    /** Articles that open a description in apposition: "Arbinda, a town", "Kabul, the capital". */
    static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private final NameFacts facts;

    Enclosures(NameFacts facts) {
        this.facts = Objects.requireNonNull(facts);
    }

    /** Applies the constructions to one sentence's toponyms; {@code nerPlaces} are the keys the NER calls places. */
    void apply(SentenceTags st, Set<String> nerPlaces) {
        int n = st.size();
        namesBeforeOfDivision(st);
        for (int i = 0; i < n; i++) {
            Toponym t = st.at[i];
            if (t == null || i > 0 && st.at[i - 1] == t) {
                continue;
            }
            int after = st.after(i);
            if (after >= n) {
                continue;
            }
            if (t.enclosingStart() < 0) {
                boolean done = parentheses(st, i, after) || ofDivision(st, i, after) || apposition(st, i, after)
                        || described(st, i, after) || in(st, i, after, nerPlaces);
                if (done) {
                    continue;
                }
            }
            possessive(st, i, after);
        }
    }

    /** "X (Y, Z)": X inside Y, Y inside Z, when every name in the parentheses is a place. */
    private boolean parentheses(SentenceTags st, int i, int after) {
        if (!isOpen(st.word(after))) {
            return false;
        }
        List<int[]> items = new ArrayList<>();
        int k = after + 1;
        while (k < st.size() && items.size() < 4) {
            int e = k;
            while (e < st.size() && e - k < 6 && !isClose(st.word(e)) && !st.word(e).equals(",")) {
                e++;
            }
            if (e == k || e >= st.size()) {
                return false;
            }
            items.add(new int[] {k, e});
            if (isClose(st.word(e))) {
                break;
            }
            k = e + 1;
        }
        if (items.isEmpty() || !isClose(st.word(items.get(items.size() - 1)[1]))) {
            return false;
        }
        for (int[] item : items) {
            if (!placeItem(st, item[0], item[1])) {
                return false;
            }
        }
        Toponym inner = st.at[i];
        for (int[] item : items) {
            if (st.at[item[0]] == null) {
                st.add(item[0], nameEnd(st, item[0], item[1]), EnumSet.of(Toponym.Cue.LOCATIVE), -1);
            }
            Toponym outer = st.at[item[0]];
            if (outer == null || outer == inner) {
                return false;
            }
            st.placeInside(inner, outer.start());
            inner = st.at[item[0]];
        }
        return true;
    }

    /**
     * Whether tokens {@code from..to} are one place name: a toponym already, or capitalised proper nouns (with at
     * most a division word) that the gazetteer knows, that carry a division word, or that the NER calls a place;
     * never an organisation, a person or a short all-capitals code ("AFP", "IS").
     */
    private boolean placeItem(SentenceTags st, int from, int to) {
        Toponym t = st.at[from];
        if (t != null) {
            return st.startsAt(t, from) && st.after(from) >= to;
        }
        int end = nameEnd(st, from, to);
        if (end == from) {
            return false;
        }
        boolean divisionWord = end < to && OF_DIVISIONS.contains(st.lower(end)) || end < to && st.lower(end).equals(
                "state");
        if (end < to - (divisionWord ? 1 : 0)) {
            return false;
        }
        for (int k = from; k < end; k++) {
            String ner = st.ts.get(k).ner();
            if (st.taken[k] || ner.equals("ORGANIZATION") && !divisionWord || ner.equals("DATE")
                    || ner.equals("PERSON") && !divisionWord && !facts.isDivision(name(st, from, end))) {
                return false;
            }
        }
        String name = name(st, from, end);
        if (isAllCaps(name) && name.length() <= 4 && !facts.isDivision(name)) {
            return false;
        }
        String ner = st.ts.get(from).ner();
        boolean nerPlace = ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("STATE_OR_PROVINCE")
                || ner.equals("COUNTRY");
        return divisionWord || nerPlace || facts.gazetteer().hasName(name);
    }

    /** "the Fagge district of Kano": the place noun (in the span or just after it), "of", the enclosing name. */
    private boolean ofDivision(SentenceTags st, int i, int after) {
        Toponym t = st.at[i];
        int k = after;
        boolean nounInSpan = !t.text().equals(t.name()) && OF_DIVISIONS.contains(st.lower(after - 1));
        if (!nounInSpan) {
            if (!OF_DIVISIONS.contains(st.lower(k))) {
                return false;
            }
            k++;
        }
        if (!st.lower(k).equals("of")) {
            return false;
        }
        k++;
        if (st.lower(k).equals("the")) {
            k++;
        }
        return encloseBy(st, t, k, true);
    }

    /**
     * "the Sabon Gari area of Kano": a run of capitalised proper nouns before a place noun and "of" is a place
     * whatever the NER guessed, unless it names a people ("the Kurdish region of").
     */
    private void namesBeforeOfDivision(SentenceTags st) {
        for (int k = 1; k + 1 < st.size(); k++) {
            if (!OF_DIVISIONS.contains(st.lower(k)) || !Character.isLowerCase(st.word(k).charAt(0))
                    || !st.lower(k + 1).equals("of") || st.taken[k - 1]) {
                continue;
            }
            int from = k;
            while (from > 0 && k - from < 4 && isCapitalised(st.ts.get(from - 1)) && isProperNoun(st.ts.get(from - 1))
                    && !st.taken[from - 1] && !st.ts.get(from - 1).ner().equals("ORGANIZATION")
                    && !st.ts.get(from - 1).ner().equals("DATE")) {
                from--;
            }
            if (from < k && facts.gazetteer().demonymPlace(name(st, from, k)) == null) {
                st.add(from, k, EnumSet.of(Toponym.Cue.LOCATIVE), -1);
            }
        }
    }

    /** "Helmand's Nad Ali district": the place after a possessive lies inside the possessor. */
    private void possessive(SentenceTags st, int i, int after) {
        String w = st.word(after);
        if (!w.equals("'s") && !w.equals("’s") && !w.equals("'") && !w.equals("’")) {
            return;
        }
        int k = after + 1;
        for (int m = 0; m < 2 && k < st.size() && st.at[k] == null && isModifier(st.ts.get(k)); m++) {
            k++;
        }
        if (k < st.size() && st.at[k] != null && st.at[k] != st.at[i] && st.at[k].enclosingStart() < 0
                && st.at[k].start() <= st.ts.get(k).start()) {
            st.placeInside(st.at[k], st.at[i].start());
        }
    }

    /**
     * "in Kakuma, Kenya", "Kirkuk, Iraq", "Sangin, Helmand": a country or division in apposition encloses the
     * place (but "Israel, Lebanon." is two countries, and "Kalat, Panjgur and Quetta" a list).
     */
    private boolean apposition(SentenceTags st, int i, int after) {
        Toponym t = st.at[i];
        int k = after + 1;
        if (!st.word(after).equals(",") || k >= st.size()) {
            return false;
        }
        Toponym o = st.at[k];
        if (o == null || o == t || !st.startsAt(o, k) || !appositionEnds(st, k) || facts.countryOf(t.name()) != null) {
            return false;
        }
        boolean division = facts.isCountryOrDivision(o.name())
                || !o.text().equals(o.name()) && o.has(Toponym.Cue.DIVISION) && facts.isDivision(o.name());
        if (division) {
            st.placeInside(t, o.start());
        }
        return division;
    }

    /**
     * "Arbinda, a town in Soum province", "Ibi, a riverside town in Taraba", "Leego, the main town of the Bay region":
     * a comma, an article, at most two lower-case words, a place noun, "in" or "of", at most an article and two
     * modifiers, and the enclosing name (made a toponym if the NER missed it: the description vouches for it).
     */
    private boolean described(SentenceTags st, int i, int after) {
        int k = after + 1;
        if (!st.word(after).equals(",") || !ARTICLES.contains(st.lower(k))) {
            return false;
        }
        k++;
        for (int m = 0; m < 2 && k + 1 < st.size() && !APPOSITION_NOUNS.contains(st.lower(k))
                && isLowerWord(st.ts.get(k)); m++) {
            k++;
        }
        if (!APPOSITION_NOUNS.contains(st.lower(k)) || !st.lower(k + 1).equals("in") && !st.lower(k + 1).equals("of")) {
            return false;
        }
        k += 2;
        if (st.lower(k).equals("the")) {
            k++;
        }
        for (int m = 0; m < 2 && k < st.size() && st.at[k] == null && isModifier(st.ts.get(k)); m++) {
            k++;
        }
        return encloseBy(st, st.at[i], k, true);
    }

    private static boolean isLowerWord(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.equals("in") && !w.equals("of");
    }

    /**
     * "the Kakuma camp in arid Turkana County": a toponym, "in", at most an article and two lower-case modifiers, and
     * another toponym. A capitalised name there that the NER missed is a toponym when the NER calls it a place
     * elsewhere in the text.
     */
    private boolean in(SentenceTags st, int i, int after, Set<String> nerPlaces) {
        if (!st.word(after).equals("in")) {
            return false;
        }
        int k = after + 1;
        if (st.lower(k).equals("the")) {
            k++;
        }
        for (int m = 0; m < 2 && k < st.size() && st.at[k] == null && isModifier(st.ts.get(k)); m++) {
            k++;
        }
        if (k < st.size() && st.at[k] == null && !st.taken[k]) {
            int e = nameEnd(st, k, Math.min(st.size(), k + 4));
            if (e > k && nerPlaces.contains(Names.key(name(st, k, e)))) {
                st.add(k, e, EnumSet.of(Toponym.Cue.LOCATIVE), -1);
            }
        }
        Toponym o = k < st.size() ? st.at[k] : null;
        if (o != null && o != st.at[i] && st.startsAt(o, k)) {
            st.placeInside(st.at[i], o.start());
            return true;
        }
        return false;
    }

    /**
     * Puts {@code t} inside the toponym starting at token {@code k}; when {@code vouched} and no toponym is there,
     * a run of capitalised proper nouns there becomes one first.
     */
    private boolean encloseBy(SentenceTags st, Toponym t, int k, boolean vouched) {
        if (k >= st.size()) {
            return false;
        }
        if (st.at[k] == null && vouched && !st.taken[k]) {
            int e = nameEnd(st, k, Math.min(st.size(), k + 4));
            if (e > k && !st.ts.get(k).ner().equals("ORGANIZATION") && !st.ts.get(k).ner().equals("DATE")) {
                st.add(k, e, EnumSet.of(Toponym.Cue.LOCATIVE), -1);
            }
        }
        Toponym o = st.at[k];
        if (o == null || o == t || !st.startsAt(o, k)) {
            return false;
        }
        st.placeInside(t, o.start());
        return true;
    }

    /** End (exclusive) of the run of capitalised proper nouns from {@code k}, at most up to {@code limit}. */
    private static int nameEnd(SentenceTags st, int k, int limit) {
        int e = k;
        while (e < limit && isCapitalised(st.ts.get(e)) && isProperNoun(st.ts.get(e)) && !st.taken[e]
                && !OF_DIVISIONS.contains(st.lower(e))) {
            e++;
        }
        return e;
    }

    private static String name(SentenceTags st, int from, int to) {
        return st.body.substring(st.ts.get(from).start(), st.ts.get(to - 1).end());
    }

    /**
     * Whether the toponym at token {@code k} ends its phrase: not the next member of a list ("Kalat, Panjgur and"),
     * nor a modifier of the noun after it ("Mosul, U.S. military officials said"; a date after it is no noun).
     */
    private static boolean appositionEnds(SentenceTags st, int k) {
        int e = st.after(k);
        if (e >= st.size()) {
            return true;
        }
        String w = st.word(e);
        Token next = st.ts.get(e);
        boolean modifies = (next.pos().startsWith("NN") || next.pos().startsWith("JJ"))
                && !next.ner().equals("DATE") && !next.ner().equals("TIME");
        return !modifies && !w.equals("and") && !w.equals("or")
                && !(w.equals(",") && e + 1 < st.size() && st.at[e + 1] != null);
    }

    /** A lower-case adjective before a place name: "oil-rich", "northern", "restive", "neighbouring". */
    static boolean isModifier(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (t.pos().startsWith("JJ")
                || t.pos().startsWith("VBN") || t.pos().equals("VBG") && w.endsWith("ing") || w.indexOf('-') > 0
                || COMPASS_ADJECTIVES.contains(w));
    }

    private static boolean isOpen(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClose(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }
}
