package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Finds toponyms from the NER labels and the gazetteer together. LOCATION mentions are toponyms (stretched
 * over a following capitalised word the NER left out: "Khazeena Soro"); a capitalised name the gazetteer knows
 * is one where English puts places ("in X", "near X", "X district"); a name the gazetteer lacks is one after a
 * locative preposition; every member of a list holding a toponym is one ("Mongchar, Khazeena, Johan and
 * Kuhak", whatever the NER said of Johan); a dateline ("QUETTA:") is one. Demonyms and names inside
 * organisation names are toponyms only under a policy that counts them, but always tell the resolver which
 * countries the text is about.
 *
 * <p>Not places, whatever the NER says: a title abbreviation ("Mr.", "Lt."), a lone compass word ("North"),
 * a capitalised common word or a seat of government standing for it ("God", "Kremlin"), a hyphenated
 * adjective ("United Nations-run", "Iranian-backed"), a title between a place and a person ("US President
 * Donald Trump" gives "US"), a demonym in a list ("the U.S. and French embassies"), and a name the text
 * otherwise gives a person and the gazetteer lacks ("Mustafa Badreddine"... "where Badreddine was"). Under a {@link
 * TaggingPolicy#qualified()} policy a span takes its division word ("Kalat district", "the Jabaliya refugee
 * camp"), a compass adjective ("southern Israel") and a facility ("Damascus' airport"), and a country or
 * capital named only as an actor ("Israel says", "attacked by Russia", "working for Khartoum") is no place.
 *
 * <p>Thread-safe: holds only the (thread-safe) gazetteer and an immutable policy; each call works on its own
 * locals.
 */
public final class NerGazetteerGeotagger implements Geotagger {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "across", "around",
            "outside", "into", "towards", "toward", "through", "throughout", "between", "within", "inside",
            "via", "nearby", "entered", "reached", "visited", "of");
    /** The NER labels of places (the 3- and 4-class models say LOCATION; others split it). */
    private static final Set<String> PLACE_LABELS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> STRONG_LOCATIVE = Set.of("in", "near", "outside", "across", "throughout",
            "inside", "around", "within");
    private static final Set<String> NEAR = Set.of("near", "outside", "nearby", "around");
    private static final Set<String> DIVISION_WORDS = Set.of("district", "province", "region", "governorate",
            "county", "state", "division", "tehsil", "area", "city", "town", "village", "valley", "oblast",
            "prefecture", "parish", "municipality", "subdistrict");
    /** Lower-case words after a name that make it a place and belong to its span: "Kalat district". */
    private static final Set<String> SPAN_WORDS = Set.of("district", "province", "region", "governorate", "county",
            "state", "tehsil", "valley", "oblast", "prefecture", "parish", "municipality", "subdistrict", "camp",
            "krai", "agency");
    /** A name before "refugee camp", "border crossing": the two-word place noun. */
    private static final Set<String> PLACE_NOUN_FIRST = Set.of("refugee", "displacement", "border", "tribal");
    private static final Set<String> PLACE_NOUN_SECOND = Set.of("camp", "crossing", "district", "agency", "area");
    private static final Set<String> FACILITY_WORDS = Set.of("airport", "airbase", "airfield");
    private static final Set<String> COMPASS_ADJECTIVES = Set.of("northern", "southern", "eastern", "western",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western", "central");
    /** Words that are places only inside a longer name ("North" alone is no place). */
    private static final Set<String> GENERIC_WORDS = Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "upper", "lower", "new", "great", "greater", "old", "middle", "near",
            "far", "city", "town", "state", "republic", "island", "islands", "valley", "river", "lake", "mount");
    /**
     * Capitalised words that name no place in English news though some village bears them, and seats of
     * government that stand for the government (actors, not places).
     */
    private static final Set<String> NOT_PLACES = Set.of("god", "allah", "lord", "jesus", "christ", "heaven",
            "paradise", "kremlin", "white house", "pentagon", "downing street", "elysee", "elysee palace",
            "blue house", "zhongnanhai", "capitol", "capitol hill", "vatican city");
    /** Titles that stop a name: "US President Donald Trump" names the US, not a place "US President". */
    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "mayor", "governor",
            "secretary", "ambassador", "general", "chief", "commander", "king", "queen", "prince", "emir", "sheikh",
            "envoy", "spokesman", "spokeswoman", "senator", "premier", "chancellor", "foreign", "defence",
            "defense", "interior", "army", "police", "forces", "government", "officials", "official", "embassy");
    /** Second halves of hyphenated adjectives: "United Nations-run", "Iranian-backed", "Kyiv-based". */
    private static final Set<String> COMPOUND_SUFFIXES = Set.of("run", "led", "held", "born", "made", "built",
            "backed", "based", "owned", "linked", "allied", "controlled", "funded", "style", "type", "bound",
            "wide", "era", "centric", "friendly", "sponsored", "aligned", "occupied");
    /** Words that, before a country or capital, make its mention a place rather than an actor. */
    private static final Set<String> BORDERING = Set.of("bordering", "borders", "border", "bordered", "entering",
            "leaving", "left", "fled", "returned", "crossed", "inside", "beyond", "along", "under");
    /** Nouns that, after a country name, make its mention a place: "on the Pakistan border". */
    private static final Set<String> PLACE_HEADS = Set.of("border", "borders", "frontier", "side", "territory",
            "soil", "capital", "coast", "city", "region", "province", "state");
    private static final Set<String> LIST_LEADS = Set.of("including", "includes", "include", "like", "namely");
    private static final Set<String> DATELINE_END = Set.of(":", ",", "-", "--", "—", "–", "(", "-LRB-");

    private final LuceneGazetteer gazetteer;
    private final TaggingPolicy policy;

    public NerGazetteerGeotagger(LuceneGazetteer gazetteer, TaggingPolicy policy) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
        this.policy = Objects.requireNonNull(policy);
    }

    @Override
    public TaggedText tag(AnnotatedText text) {
        List<Toponym> found = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        Set<Integer> locative = new HashSet<>();
        Set<String> nerPlaces = nerPlaceNames(text);
        for (Sentence s : text.sentences()) {
            tagSentence(text, s, found, countries, locative, nerPlaces);
        }
        found.sort(Comparator.comparingInt(Toponym::start).thenComparing(t -> -t.text().length()));
        Map<String, int[]> person = personCounts(text);
        // A country or capital the text names only as an actor ("Israel says") is no place under the policy.
        Set<String> placeNamed = new HashSet<>();
        for (Toponym t : found) {
            if (locative.contains(t.start())) {
                placeNamed.add(Names.key(t.name()));
            }
        }
        List<Toponym> out = new ArrayList<>();
        int lastEnd = -1;
        for (Toponym t : found) {
            if (t.start() < lastEnd) {
                continue;
            }
            if (personName(t, person)) {
                continue;
            }
            if (policy.qualified() && !placeNamed.contains(Names.key(t.name())) && isCountryOrCapital(t.name())) {
                noteCountry(t.name(), countries);
                continue;
            }
            out.add(t);
            lastEnd = t.end();
        }
        return new TaggedText(text, out, countries);
    }

    /**
     * Per word key: how often the NER calls it PERSON, how often a place, and how often it ends a PERSON name of
     * two words or more ("Mustafa Badreddine").
     */
    private static Map<String, int[]> personCounts(AnnotatedText text) {
        Map<String, int[]> out = new HashMap<>();
        for (Sentence s : text.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                int[] c = out.computeIfAbsent(Names.key(t.word()), k -> new int[3]);
                if (t.ner().equals("PERSON")) {
                    c[0]++;
                    if (i > 0 && ts.get(i - 1).ner().equals("PERSON")) {
                        c[2]++;
                    }
                } else if (t.ner().equals("LOCATION") || t.ner().equals("CITY") || t.ner().equals("COUNTRY")) {
                    c[1]++;
                }
            }
        }
        return out;
    }

    /**
     * A one-word name the NER gives a person elsewhere in the text (as the surname of a full name, or more often
     * than a place), and that names no notable place: a mislabelled person ("where Badreddine was").
     */
    private boolean personName(Toponym t, Map<String, int[]> person) {
        if (t.has(Toponym.Cue.DIVISION) || t.has(Toponym.Cue.DATELINE) || t.has(Toponym.Cue.FACILITY)
                || !t.name().equals(t.text()) || t.name().contains(" ")) {
            return false;
        }
        int[] c = person.get(Names.key(t.name()));
        if (c == null || c[0] == 0) {
            return false;
        }
        boolean surname = c[2] > 0;
        boolean mostly = c[0] >= 2 && c[0] > c[1];
        return (surname || mostly) && !gazetteer.hasName(t.name());
    }

    /** Keys of the names the NER labels a place anywhere in the text. */
    private static Set<String> nerPlaceNames(AnnotatedText text) {
        Set<String> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                if (!PLACE_LABELS.contains(ts.get(i).ner())) {
                    continue;
                }
                int j = i;
                while (j + 1 < ts.size() && ts.get(j + 1).ner().equals(ts.get(i).ner())) {
                    j++;
                }
                out.add(Names.key(text.text().substring(ts.get(i).start(), ts.get(j).end())));
                i = j;
            }
        }
        return out;
    }

    private void tagSentence(AnnotatedText text, Sentence s, List<Toponym> out, Set<String> countries,
                             Set<Integer> locative, Set<String> nerPlaces) {
        List<Token> ts = s.tokens();
        int n = ts.size();
        Toponym[] at = new Toponym[n];
        boolean[] taken = new boolean[n];
        String body = text.text();

        if (s.index() == 0) {
            int end = dateline(ts);
            if (end > 0) {
                String name = body.substring(ts.get(0).start(), ts.get(end - 1).end());
                if (gazetteer.hasName(name)) {
                    add(out, at, taken, ts, 0, end, body, EnumSet.of(Toponym.Cue.DATELINE), -1);
                }
            }
        }

        int i = 0;
        while (i < n) {
            Token t = ts.get(i);
            String label = t.ner();
            int j = i;
            while (j + 1 < n && ts.get(j + 1).ner().equals(label) && !label.equals(Token.NO_ENTITY)) {
                j++;
            }
            if (taken[i]) {
                i = j + 1;
                continue;
            }
            switch (label) {
                case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> {
                    int end = j + 1;
                    // The NER often stops short of a two-word village name ("Khazeena Soro"), but a title
                    // before a person is no part of the place ("US President Donald Trump").
                    while (end < n && isCapitalised(ts.get(end)) && ts.get(end).ner().equals(Token.NO_ENTITY)
                            && isProperNoun(ts.get(end)) && ts.get(end).start() == ts.get(end - 1).end() + 1
                            && !TITLES.contains(ts.get(end).word().toLowerCase(Locale.ROOT))
                            && !(end + 1 < n && ts.get(end + 1).ner().equals("PERSON"))) {
                        end++;
                    }
                    // ... and sometimes leaves out a first word ("South Sudan" with "South" unlabelled).
                    if (i > 0 && !taken[i - 1] && isCapitalised(ts.get(i - 1))
                            && ts.get(i - 1).ner().equals(Token.NO_ENTITY) && isProperNoun(ts.get(i - 1))
                            && ts.get(i).start() == ts.get(i - 1).end() + 1
                            && gazetteer.hasName(body.substring(ts.get(i - 1).start(), ts.get(end - 1).end()))) {
                        i--;
                        t = ts.get(i);
                    }
                    boolean inOrg = end < n && ts.get(end).ner().equals("ORGANIZATION")
                            && ts.get(end).start() == ts.get(end - 1).end() + 1;
                    String name = body.substring(t.start(), ts.get(end - 1).end());
                    if (inOrg && !policy.embedded()) {
                        // Context only: a toponym's own country is the resolver's to weigh, never its own context.
                        noteCountry(name, countries);
                    }
                    if (!inOrg || policy.embedded()) {
                        EnumSet<Toponym.Cue> cues = EnumSet.of(Toponym.Cue.NER);
                        if (inOrg) {
                            cues.add(Toponym.Cue.EMBEDDED);
                        }
                        add(out, at, taken, ts, i, end, body, cues, -1);
                    }
                    i = end;
                    continue;
                }
                case "NATIONALITY", "MISC" -> {
                    String name = body.substring(t.start(), ts.get(j).end());
                    String cc = gazetteer.demonymCountry(name);
                    if (cc != null || gazetteer.demonymPlace(name) != null) {
                        if (cc != null) {
                            countries.add(cc);
                        }
                        if (policy.demonyms()) {
                            add(out, at, taken, ts, i, j + 1, body, EnumSet.of(Toponym.Cue.DEMONYM), -1);
                        }
                    } else if (policy.demonyms() && j == i && isCountryOrDivision(name)) {
                        add(out, at, taken, ts, i, j + 1, body, EnumSet.of(Toponym.Cue.NER), -1);
                    }
                }
                case "ORGANIZATION" -> {
                    int head = campHead(ts, i, j);
                    if (policy.qualified() && head > i) {
                        // The NER calls "the Yida Refugee Camp" an organisation; the codebook, a place.
                        add(out, at, taken, ts, i, head, body, EnumSet.of(Toponym.Cue.NER), -1);
                    } else {
                        embedded(ts, i, j, body, out, at, taken, countries);
                    }
                }
                default -> {
                }
            }
            i = j + 1;
        }

        gazetteerMatches(ts, body, out, at, taken, countries);
        lists(ts, body, out, at, taken);
        containment(ts, body, out, at, taken, nerPlaces);
        markLocative(ts, at, locative);
    }

    /**
     * "the Yida camp in oil-rich Unity State", "Pariang county in Unity state": a toponym followed by "in", at most
     * an article and two lower-case modifiers, and another toponym lies inside that one. The resolver places a name
     * the gazetteer lacks by what encloses it, before any guess from the rest of the report. A capitalised name
     * there that the NER missed is a toponym when the NER calls it a place elsewhere in the text.
     */
    private void containment(List<Token> ts, String body, List<Toponym> out, Toponym[] at, boolean[] taken,
                             Set<String> nerPlaces) {
        int n = ts.size();
        for (int i = 0; i < n; i++) {
            Toponym t = at[i];
            if (t == null || i > 0 && at[i - 1] == t) {
                continue;
            }
            int after = i;
            while (after < n && at[after] == t) {
                after++;
            }
            if (t.enclosingStart() >= 0 || after >= n) {
                continue;
            }
            if (ts.get(after).word().equals(",") && after + 1 < n && at[after + 1] != null && at[after + 1] != t
                    && at[after + 1].start() == ts.get(after + 1).start() && appositionEnds(ts, at, after + 1)
                    && isCountryOrDivision(at[after + 1].name()) && countryOf(t.name()) == null) {
                // "in Yida, South Sudan", "Mosul, Iraq": a country or province in apposition encloses the place
                // (but "Israel, Lebanon." is two countries).
                placeInside(out, at, t, at[after + 1].start());
                continue;
            }
            if (!ts.get(after).word().equals("in")) {
                continue;
            }
            int k = after + 1;
            if (k < n && ts.get(k).word().equalsIgnoreCase("the")) {
                k++;
            }
            for (int m = 0; m < 2 && k < n && at[k] == null && isModifier(ts.get(k)); m++) {
                k++;
            }
            if (k < n && at[k] == null && !taken[k]) {
                int e = k;
                while (e < n && e - k < 4 && isCapitalised(ts.get(e)) && isProperNoun(ts.get(e)) && !taken[e]) {
                    e++;
                }
                if (e > k && nerPlaces.contains(Names.key(body.substring(ts.get(k).start(), ts.get(e - 1).end())))) {
                    add(out, at, taken, ts, k, e, body, EnumSet.of(Toponym.Cue.LOCATIVE), -1);
                }
            }
            if (k < n && at[k] != null && at[k] != t && at[k].start() == ts.get(k).start()) {
                placeInside(out, at, t, at[k].start());
            }
        }
    }

    /** Whether the toponym at token {@code k} ends its phrase: not the next member of a list ("Kalat, Panjgur and"). */
    private static boolean appositionEnds(List<Token> ts, Toponym[] at, int k) {
        int e = k;
        while (e < ts.size() && at[e] == at[k]) {
            e++;
        }
        if (e >= ts.size()) {
            return true;
        }
        String w = ts.get(e).word();
        return !w.equals("and") && !w.equals("or") && !(w.equals(",") && e + 1 < ts.size() && at[e + 1] != null);
    }

    /** Replaces {@code t}, in the found list and on its tokens, by itself inside the place at {@code enclosing}. */
    private static void placeInside(List<Toponym> out, Toponym[] at, Toponym t, int enclosing) {
        Toponym moved = t.within(enclosing);
        out.set(out.indexOf(t), moved);
        for (int x = 0; x < at.length; x++) {
            if (at[x] == t) {
                at[x] = moved;
            }
        }
    }

    /** A lower-case adjective before a place name: "oil-rich", "northern", "restive". */
    private static boolean isModifier(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (t.pos().startsWith("JJ")
                || t.pos().startsWith("VBN") || w.indexOf('-') > 0 || COMPASS_ADJECTIVES.contains(w));
    }

    /** End (exclusive) of an all-capitals dateline at the head of the text, or 0. */
    private static int dateline(List<Token> ts) {
        int k = 0;
        while (k < ts.size() && k < 4 && isAllCaps(ts.get(k).word())) {
            k++;
        }
        if (k == 0 || k >= ts.size()) {
            return 0;
        }
        return DATELINE_END.contains(ts.get(k).word()) ? k : 0;
    }

    /**
     * For an organisation name {@code i..j} that is a proper name and then "Camp" or "Refugee Camp": the end of the
     * proper name (exclusive); else -1.
     */
    private static int campHead(List<Token> ts, int i, int j) {
        for (int h = i + 1; h <= j; h++) {
            if (h + campLength(ts, h) - 1 == j && campLength(ts, h) > 0) {
                for (int k = i; k < h; k++) {
                    if (!isCapitalised(ts.get(k)) || !isProperNoun(ts.get(k))) {
                        return -1;
                    }
                }
                return h;
            }
        }
        return -1;
    }

    /** Names of places inside an organisation's name: context always, toponyms under the policy. */
    private void embedded(List<Token> ts, int i, int j, String body, List<Toponym> out, Toponym[] at,
                          boolean[] taken, Set<String> countries) {
        for (int a = i; a <= j; a++) {
            if (!isCapitalised(ts.get(a))) {
                continue;
            }
            for (int b = Math.min(j + 1, a + 3); b > a; b--) {
                String name = body.substring(ts.get(a).start(), ts.get(b - 1).end());
                String cc = gazetteer.demonymCountry(name);
                if (cc != null) {
                    countries.add(cc);
                    if (policy.demonyms()) {
                        add(out, at, taken, ts, a, b, body, EnumSet.of(Toponym.Cue.DEMONYM), -1);
                    }
                    a = b - 1;
                    break;
                }
                if (gazetteer.hasPrimaryName(name) && isNotable(name)) {
                    if (policy.embedded()) {
                        add(out, at, taken, ts, a, b, body, EnumSet.of(Toponym.Cue.EMBEDDED), -1);
                    } else {
                        noteCountry(name, countries);
                    }
                    a = b - 1;
                    break;
                }
            }
        }
    }

    /** Capitalised words the NER left unlabelled that the gazetteer knows, where English puts places. */
    private void gazetteerMatches(List<Token> ts, String body, List<Toponym> out, Toponym[] at, boolean[] taken,
                                  Set<String> countries) {
        int n = ts.size();
        for (int i = 0; i < n; i++) {
            String prev = previousWord(ts, i);
            String label = ts.get(i).ner();
            if (taken[i] || !isCapitalised(ts.get(i)) || !isProperNoun(ts.get(i))) {
                continue;
            }
            int maxEnd = i;
            while (maxEnd < n && maxEnd < i + 4 && !taken[maxEnd] && isCapitalised(ts.get(maxEnd))
                    && ts.get(maxEnd).ner().equals(label) && isProperNoun(ts.get(maxEnd))) {
                maxEnd++;
            }
            String next = maxEnd < n ? ts.get(maxEnd).word().toLowerCase(Locale.ROOT) : "";
            boolean placeNoun = placeNounLength(ts, maxEnd) > 0;
            // The NER takes rare place names for people or things ("across Kalat", "the Jabaliya refugee camp",
            // "Swat valley"); after "in"/"across" or before a place noun the gazetteer and the context decide.
            boolean person = (label.equals("PERSON") || label.equals("MISC") && gazetteer.demonymPlace(
                    body.substring(ts.get(i).start(), ts.get(maxEnd - 1).end())) == null)
                    && (STRONG_LOCATIVE.contains(prev) || placeNoun);
            if (!(label.equals(Token.NO_ENTITY) || person)) {
                continue;
            }
            boolean locative = LOCATIVE.contains(prev);
            boolean division = DIVISION_WORDS.contains(next) || placeNoun;
            for (int end = maxEnd; end > i; end--) {
                String name = body.substring(ts.get(i).start(), ts.get(end - 1).end());
                if (name.length() < 3 || isAllCaps(name)) {
                    continue;
                }
                boolean known = gazetteer.hasName(name);
                boolean notable = known && isCountryOrDivision(name);
                EnumSet<Toponym.Cue> cues = EnumSet.noneOf(Toponym.Cue.class);
                if (person && end != maxEnd) {
                    continue;
                }
                if (known && (locative || division && end == maxEnd || notable)) {
                    cues.add(Toponym.Cue.GAZETTEER);
                } else if (!known && end == maxEnd && (placeNoun || !person && i > 0
                        && STRONG_LOCATIVE.contains(prev))) {
                    cues.add(Toponym.Cue.LOCATIVE);
                } else {
                    continue;
                }
                add(out, at, taken, ts, i, end, body, cues, -1);
                i = end - 1;
                break;
            }
        }
    }

    /** Every member of a list that holds a toponym is a toponym; a list led by "X, including" is inside X. */
    private void lists(List<Token> ts, String body, List<Toponym> out, Toponym[] at, boolean[] taken) {
        int n = ts.size();
        int i = 0;
        while (i < n) {
            List<int[]> members = new ArrayList<>();
            int k = i;
            int listStart = i;
            while (k < n) {
                int a = k;
                int b = a;
                while (b < n && isCapitalised(ts.get(b)) && !ts.get(b).ner().equals("ORGANIZATION")
                        && !ts.get(b).ner().equals("DATE") && (isProperNoun(ts.get(b)) || at[b] != null)) {
                    b++;
                }
                if (b == a || b - a > 3) {
                    break;
                }
                members.add(new int[] {a, b});
                if (b < n && ts.get(b).word().equals(",")) {
                    k = b + 1;
                    if (k < n && (ts.get(k).word().equals("and") || ts.get(k).word().equals("or"))) {
                        k++;
                    }
                } else if (b < n && (ts.get(b).word().equals("and") || ts.get(b).word().equals("or"))) {
                    k = b + 1;
                } else {
                    break;
                }
            }
            if (members.size() >= 3 || members.size() == 2 && hasConjunction(ts, members)) {
                boolean anyPlace = false;
                boolean anyPersonPair = false;
                for (int[] m : members) {
                    anyPlace |= at[m[0]] != null;
                    anyPersonPair |= m[1] - m[0] > 1 && ts.get(m[0]).ner().equals("PERSON");
                }
                if (anyPlace && !anyPersonPair) {
                    int enclosing = enclosingBefore(ts, listStart, at);
                    for (int[] m : members) {
                        String member = body.substring(ts.get(m[0]).start(), ts.get(m[1] - 1).end());
                        if (at[m[0]] == null && !taken[m[0]] && gazetteer.demonymPlace(member) == null
                                && !(members.size() == 2 && ts.get(m[0]).ner().equals("PERSON"))) {
                            add(out, at, taken, ts, m[0], m[1], body, EnumSet.of(Toponym.Cue.LIST), enclosing);
                        } else if (at[m[0]] != null && enclosing >= 0 && at[m[0]].enclosingStart() < 0
                                && at[m[0]].start() != enclosing) {
                            placeInside(out, at, at[m[0]], enclosing);
                        }
                    }
                }
            }
            i = Math.max(i + 1, k);
        }
    }

    private static boolean hasConjunction(List<Token> ts, List<int[]> members) {
        int b = members.get(0)[1];
        return b < ts.size() && (ts.get(b).word().equals("and") || ts.get(b).word().equals("or"));
    }

    /** "across Kalat, including A, B": the start of Kalat for a list at {@code listStart}, or -1. */
    private static int enclosingBefore(List<Token> ts, int listStart, Toponym[] at) {
        int p = listStart - 1;
        if (p >= 0 && LIST_LEADS.contains(ts.get(p).word().toLowerCase(Locale.ROOT))) {
            p--;
            if (p >= 0 && ts.get(p).word().equals(",")) {
                p--;
            }
            if (p >= 0 && at[p] != null) {
                return at[p].start();
            }
        }
        return -1;
    }

    private void add(List<Toponym> out, Toponym[] at, boolean[] taken, List<Token> ts, int from, int to,
                     String body, Set<Toponym.Cue> cues, int enclosing) {
        int n = ts.size();
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
            if (COMPOUND_SUFFIXES.contains(suffix) || suffix.endsWith("ed")) {
                // "United Nations-run", "Iranian-backed": an adjective, no place.
                return;
            }
            // "Unity State-it": a dash lost its spaces; the name ends at it.
            end = lastToken.start() + hy;
        }
        if (to + 1 < n && ts.get(to).word().equals("-") && ts.get(to).start() == end
                && ts.get(to + 1).start() == ts.get(to).end()) {
            // The same adjective split by the tokeniser: "Nations", "-", "run".
            String suffix = ts.get(to + 1).word();
            if (COMPOUND_SUFFIXES.contains(suffix) || suffix.endsWith("ed") && Character.isLowerCase(suffix.charAt(0))) {
                return;
            }
        }
        String name = body.substring(start, end);
        if (!mayBePlace(name)) {
            return;
        }
        EnumSet<Toponym.Cue> all = EnumSet.noneOf(Toponym.Cue.class);
        all.addAll(cues);
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
            int k = placeNounLength(ts, to);
            int f = to;
            if (f < n && (ts.get(f).word().equals("'") || ts.get(f).word().equals("'s")
                    || ts.get(f).word().equals("’s") || ts.get(f).word().equals("’"))) {
                f++;
            }
            if (f < n && ts.get(f).word().equalsIgnoreCase("international")) {
                f++;
            }
            if (k > 0 && free(taken, to, to + k)) {
                last = to + k;
            } else if (f < n && FACILITY_WORDS.contains(ts.get(f).word().toLowerCase(Locale.ROOT))
                    && free(taken, to, f + 1)) {
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

    private static boolean free(boolean[] taken, int from, int to) {
        for (int x = from; x < to; x++) {
            if (taken[x]) {
                return false;
            }
        }
        return true;
    }

    /** Length of "Camp" or "Refugee Camp" (any case) at {@code k}, or 0. */
    private static int campLength(List<Token> ts, int k) {
        String w = ts.get(k).word().toLowerCase(Locale.ROOT);
        if (w.equals("camp")) {
            return 1;
        }
        return PLACE_NOUN_FIRST.contains(w) && k + 1 < ts.size()
                && ts.get(k + 1).word().equalsIgnoreCase("camp") ? 2 : 0;
    }

    /** Tokens of a place noun at {@code k}: 1 for "district", "camp", "valley"…, 2 for "refugee camp", else 0. */
    private static int placeNounLength(List<Token> ts, int k) {
        if (k >= ts.size()) {
            return 0;
        }
        String w = ts.get(k).word().toLowerCase(Locale.ROOT);
        if (!Character.isLowerCase(ts.get(k).word().charAt(0))) {
            // A camp's proper name: "the Yida Refugee Camp".
            return campLength(ts, k);
        }
        if (k + 1 < ts.size() && PLACE_NOUN_FIRST.contains(w)
                && PLACE_NOUN_SECOND.contains(ts.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            return 2;
        }
        return SPAN_WORDS.contains(w) ? 1 : 0;
    }

    /** Names that are never toponyms: title abbreviations, lone compass words, common words, seats of power. */
    static boolean mayBePlace(String name) {
        if (name.length() <= 5 && name.endsWith(".") && !name.equals(name.toUpperCase(Locale.ROOT))
                && name.indexOf('.') == name.length() - 1) {
            // "Mr.", "Lt.", "Gen.": an abbreviated title; "U.S." and "S.C." are all capitals.
            return false;
        }
        String k = Names.key(name);
        return !k.isEmpty() && !GENERIC_WORDS.contains(k) && !NOT_PLACES.contains(k);
    }

    /** The word before token {@code i}, lower case, looking past "the": "in the Tula region" gives "in". */
    private static String previousWord(List<Token> ts, int i) {
        int p = i - 1;
        if (p >= 1 && ts.get(p).word().equalsIgnoreCase("the")) {
            p--;
        }
        return p >= 0 ? ts.get(p).word().toLowerCase(Locale.ROOT) : "";
    }

    /**
     * Marks the toponyms of a sentence that stand where places stand: after a locative word ("in", "near",
     * "bordering"), before a place noun ("the Pakistan border"), in apposition ("Mosul, Iraq"), conjoined with
     * such a toponym, before a place of their own ("Sudan's South Kordofan state"), or with a place cue.
     */
    private static void markLocative(List<Token> ts, Toponym[] at, Set<Integer> locative) {
        int n = ts.size();
        Toponym prevTop = null;
        boolean prevLocative = false;
        int prevEnd = -1;
        for (int i = 0; i < n; i++) {
            Toponym t = at[i];
            if (t == null || i > 0 && at[i - 1] == t) {
                continue;
            }
            int j = i;
            while (j + 1 < n && at[j + 1] == t) {
                j++;
            }
            boolean loc = t.has(Toponym.Cue.DIVISION) || t.has(Toponym.Cue.NEAR) || t.has(Toponym.Cue.LIST)
                    || t.has(Toponym.Cue.DATELINE) || t.has(Toponym.Cue.PART) || t.has(Toponym.Cue.FACILITY);
            String prev = previousWord(ts, i);
            loc |= LOCATIVE.contains(prev) || BORDERING.contains(prev);
            int after = j + 1;
            if (after < n && (ts.get(after).word().equals("'s") || ts.get(after).word().equals("’s"))) {
                for (int k = after + 1; k < Math.min(n, after + 4) && !loc; k++) {
                    loc = at[k] != null || COMPASS_ADJECTIVES.contains(ts.get(k).word());
                }
            } else if (after < n && PLACE_HEADS.contains(ts.get(after).word().toLowerCase(Locale.ROOT))) {
                loc = true;
            }
            if (i >= 1 && ts.get(i - 1).word().equals(",")) {
                // In apposition to a place a few words back: "Mosul, Iraq", "Beirut's southern suburbs, Lebanon".
                for (int k = i - 2; k >= Math.max(0, i - 5) && !loc; k--) {
                    loc = at[k] != null;
                }
            }
            if (i >= 2 && ts.get(i - 1).word().equalsIgnoreCase("with")
                    && PLACE_HEADS.contains(ts.get(i - 2).word().toLowerCase(Locale.ROOT))) {
                loc = true; // "a border with Iran"
            }
            if (i == 0 && after < n && DATELINE_END.contains(ts.get(after).word())
                    && ts.get(0).start() == 0) {
                loc = true; // a dateline: "Bogota, 2 Oct 88 (AFP) --"
            }
            if (prevTop != null && prevLocative && prevEnd >= i - 3) {
                // Conjoined with a place: "bordering Mali and Niger", "with Iran and Taliban-controlled Afghanistan".
                for (int k = prevEnd + 1; k < i && !loc; k++) {
                    String w = ts.get(k).word().toLowerCase(Locale.ROOT);
                    loc = w.equals("and") || w.equals("or") || w.equals(",");
                }
            }
            if (loc) {
                locative.add(t.start());
            }
            prevTop = t;
            prevLocative = loc;
            prevEnd = j;
            i = j;
        }
    }

    private void noteCountry(String name, Set<String> countries) {
        String cc = countryOf(name);
        if (cc != null) {
            countries.add(cc);
        }
    }

    /** The code of the country this is the name of, or null. */
    private String countryOf(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name, 3)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY && Names.key(e.name()).equals(Names.key(name))) {
                return e.country();
            }
        }
        return null;
    }

    private boolean isCountryOrCapital(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name, 3)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.CAPITAL) {
                return true;
            }
        }
        return false;
    }

    private boolean isCountryOrDivision(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name, 3)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.ADMIN1) {
                return true;
            }
        }
        return false;
    }

    /** A country, a first-level division or a city of 100,000: names an organisation borrows from a place. */
    private boolean isNotable(String name) {
        for (GazetteerEntry e : gazetteer.lookup(name, 3)) {
            if (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.ADMIN1
                    || e.population() >= 100_000) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalised(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** Proper noun by its tag; hand-made texts without tags count every capitalised word. */
    private static boolean isProperNoun(Token t) {
        return t.pos().isEmpty() || t.pos().startsWith("NNP");
    }

    private static boolean isAllCaps(String w) {
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
