package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

import static org.crosscheck.geo.SentenceTags.isAllCaps;
import static org.crosscheck.geo.SentenceTags.isCapitalised;
import static org.crosscheck.geo.SentenceTags.isProperNoun;
import static org.crosscheck.geo.PlaceWords.APPOSITION_NOUNS;
import static org.crosscheck.geo.PlaceWords.DIVISION_WORDS;
import static org.crosscheck.geo.PlaceWords.FACILITY_WORDS;
import static org.crosscheck.geo.PlaceWords.GENERIC_WORDS;
import static org.crosscheck.geo.PlaceWords.LOCATIVE;
import static org.crosscheck.geo.PlaceWords.NEAR;
import static org.crosscheck.geo.PlaceWords.NOT_PLACES;
import static org.crosscheck.geo.PlaceWords.PLACE_NOUN_FIRST;
import static org.crosscheck.geo.PlaceWords.PLACE_NOUN_SECOND;
import static org.crosscheck.geo.PlaceWords.SPAN_WORDS;
import static org.crosscheck.geo.PlaceWords.STRONG_LOCATIVE;
import static org.crosscheck.geo.PlaceWords.TITLES;

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
 * adjective ("United Nations-run", "Iranian-backed"; a policy that counts embedded names counts "London" of
 * "London-based", {@link Compounds}), a title between a place and a person ("US President
 * Donald Trump" gives "US"), a demonym in a list ("the U.S. and French embassies"), and a name the text
 * otherwise gives a person and the gazetteer lacks ({@link PersonNames}). Under a {@link
 * TaggingPolicy#qualified()} policy a span takes its division word ("Kalat district", "the Jabaliya refugee
 * camp"), a compass adjective ("southern Israel") and a facility ("Damascus' airport"), and a country or
 * capital named only as an actor ("Israel says", "attacked by Russia", "working for Khartoum") is no place.
 *
 * <p>Thread-safe: holds only the (thread-safe) gazetteer and an immutable policy; each call works on its own
 * locals.
 */
public final class NerGazetteerGeotagger implements Geotagger {
    /** The NER labels of places (the 3- and 4-class models say LOCATION; others split it). */
    private static final Set<String> PLACE_LABELS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    static final Set<String> DATELINE_END = Set.of(":", ",", "-", "--", "—", "–", "(", "-LRB-");

    private final LuceneGazetteer gazetteer;
    private final TaggingPolicy policy;
    private final NameFacts facts;
    private final Enclosures enclosures;
    private final Sites sites;

    public NerGazetteerGeotagger(LuceneGazetteer gazetteer, TaggingPolicy policy) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
        this.policy = Objects.requireNonNull(policy);
        this.facts = new NameFacts(gazetteer);
        this.enclosures = new Enclosures(facts);
        this.sites = new Sites(facts);
    }

    @Override
    public TaggedText tag(AnnotatedText text) {
        List<Toponym> found = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        Set<Integer> locative = new HashSet<>();
        Set<String> nerPlaces = nerPlaceNames(text);
        List<SentenceTags> sentences = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            sentences.add(tagSentence(text, s, found, countries, nerPlaces));
        }
        Echoes.tag(sentences, found);
        for (SentenceTags st : sentences) {
            Locatives.mark(st, locative);
        }
        found.sort(Comparator.comparingInt(Toponym::start).thenComparing(t -> -t.text().length()));
        PersonNames person = new PersonNames(text, gazetteer);
        Set<String> notPlaces = Acronyms.ofNonPlaces(text, found);
        notPlaces.addAll(Organisations.named(text, gazetteer));
        // A country or capital the text names only as an actor ("Israel says") is no place under the policy.
        Set<String> placeNamed = new HashSet<>();
        for (Toponym t : found) {
            // "southern Israel" is a place of its own: it makes no place of the Israel that "Israel says" names.
            if (locative.contains(t.start()) && !(t.has(Toponym.Cue.PART) && !t.has(Toponym.Cue.DIVISION))) {
                placeNamed.add(Names.key(t.name()));
            }
        }
        List<Toponym> out = new ArrayList<>();
        int lastEnd = -1;
        for (Toponym t : found) {
            if (t.start() < lastEnd) {
                continue;
            }
            if (person.mislabelled(t) || notPlaces.contains(Names.key(t.name()))) {
                continue;
            }
            if (policy.qualified() && !placeNamed.contains(Names.key(t.name())) && !t.has(Toponym.Cue.PART)
                    && facts.isCountryOrCapital(t.name())) {
                facts.noteCountry(t.name(), countries);
                continue;
            }
            out.add(t);
            lastEnd = t.end();
        }
        return new TaggedText(text, out, countries);
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

    private SentenceTags tagSentence(AnnotatedText text, Sentence s, List<Toponym> out, Set<String> countries,
                                     Set<String> nerPlaces) {
        List<Token> ts = s.tokens();
        int n = ts.size();
        String body = text.text();
        SentenceTags st = new SentenceTags(ts, body, out, policy, gazetteer::hasName);
        Toponym[] at = st.at;
        boolean[] taken = st.taken;

        if (s.index() == 0) {
            int end = dateline(ts);
            if (end > 0) {
                String name = body.substring(ts.get(0).start(), ts.get(end - 1).end());
                if (gazetteer.hasName(name)) {
                    st.add(0, end, EnumSet.of(Toponym.Cue.DATELINE), -1);
                }
            }
        }

        Compounds.pairs(st, facts, policy);
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
            int building = policy.buildings() ? Buildings.end(ts, i) : -1;
            if (building > 0) {
                st.add(i, building, EnumSet.of(Toponym.Cue.SITE), -1);
                i = building;
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
                        facts.noteCountry(name, countries);
                    }
                    if (!inOrg || policy.embedded()) {
                        EnumSet<Toponym.Cue> cues = EnumSet.of(Toponym.Cue.NER);
                        if (inOrg) {
                            cues.add(Toponym.Cue.EMBEDDED);
                        }
                        st.add(i, end, cues, -1);
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
                            st.add(i, j + 1, EnumSet.of(Toponym.Cue.DEMONYM), -1);
                        }
                    } else if (policy.demonyms() && j == i && facts.isCountryOrDivision(name)) {
                        st.add(i, j + 1, EnumSet.of(Toponym.Cue.NER), -1);
                    }
                }
                case "ORGANIZATION" -> {
                    int head = campHead(st, i, j);
                    if (policy.qualified() && head > i) {
                        // The NER calls "the Kakuma Refugee Camp" an organisation; the codebook, a place.
                        st.add(i, head, EnumSet.of(Toponym.Cue.NER), -1);
                    } else if (policy.qualified() && divisionHead(st, i, j)) {
                        // ... and "Kenya's Turkana County" too, when the gazetteer has the division.
                        st.add(i, j + 1, EnumSet.of(Toponym.Cue.NER, Toponym.Cue.DIVISION), -1);
                    } else {
                        embedded(st, i, j, countries);
                    }
                }
                default -> {
                }
            }
            i = j + 1;
        }

        gazetteerMatches(st);
        Compounds.tag(st, facts, policy);
        Lists.tag(st, gazetteer);
        if (policy.qualified()) {
            sites.tag(st);
        }
        enclosures.apply(st, nerPlaces);
        return st;
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
    private static int campHead(SentenceTags st, int i, int j) {
        List<Token> ts = st.ts;
        for (int h = i + 1; h <= j; h++) {
            if (h + st.campLength(h) - 1 == j && st.campLength(h) > 0) {
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

    /**
     * An organisation name {@code i..j} that is a proper name the gazetteer has as a division and then a
     * capitalised division word ("Turkana County", "Kunar Province"); not "Islamic State".
     */
    private boolean divisionHead(SentenceTags st, int i, int j) {
        List<Token> ts = st.ts;
        if (j <= i || !DIVISION_WORDS.contains(ts.get(j).word().toLowerCase(Locale.ROOT))
                || !isCapitalised(ts.get(j))) {
            return false;
        }
        for (int k = i; k < j; k++) {
            if (!isCapitalised(ts.get(k)) || !isProperNoun(ts.get(k))) {
                return false;
            }
        }
        String name = st.body.substring(ts.get(i).start(), ts.get(j - 1).end());
        return facts.namesDivision(name);
    }

    /** Names of places inside an organisation's name: context always, toponyms under the policy. */
    private void embedded(SentenceTags st, int i, int j, Set<String> countries) {
        List<Token> ts = st.ts;
        String body = st.body;
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
                        st.add(a, b, EnumSet.of(Toponym.Cue.DEMONYM), -1);
                    }
                    a = b - 1;
                    break;
                }
                if (gazetteer.hasPrimaryName(name) && facts.isNotable(name)
                        || policy.embedded() && (name.length() > 3 || name.contains("."))
                        && facts.isCountryOrDivision(name)) {
                    // A country or province by any of its names ("U.S. Trade Representative"), but not by a bare
                    // code ("GE appliances", "TZ Economics").
                    if (policy.embedded()) {
                        st.add(a, b, EnumSet.of(Toponym.Cue.EMBEDDED), -1);
                    } else {
                        facts.noteCountry(name, countries);
                    }
                    a = b - 1;
                    break;
                }
            }
        }
    }

    /** Capitalised words the NER left unlabelled that the gazetteer knows, where English puts places. */
    private void gazetteerMatches(SentenceTags st) {
        List<Token> ts = st.ts;
        String body = st.body;
        boolean[] taken = st.taken;
        int n = ts.size();
        for (int i = 0; i < n; i++) {
            String prev = st.previousWord(i);
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
            boolean placeNoun = st.placeNounLength(maxEnd) > 0;
            // The NER takes rare place names for people or things ("across Kalat", "the Jabaliya refugee camp",
            // "Swat valley"); after "in"/"across" or before a place noun the gazetteer and the context decide.
            // "Kenya's second largest city, Mombasa, ...": a name in apposition to a place noun, closed by a
            // comma or the sentence's end, is a place ("the area, Isaacs said" is no apposition).
            boolean appositive = i >= 2 && ts.get(i - 1).word().equals(",")
                    && APPOSITION_NOUNS.contains(ts.get(i - 2).word().toLowerCase(Locale.ROOT))
                    && (maxEnd == n || ts.get(maxEnd).word().equals(",") || ts.get(maxEnd).word().equals("."));
            boolean person = (label.equals("PERSON") || label.equals("MISC") && gazetteer.demonymPlace(
                    body.substring(ts.get(i).start(), ts.get(maxEnd - 1).end())) == null)
                    && (STRONG_LOCATIVE.contains(prev) || placeNoun || appositive);
            if (!(label.equals(Token.NO_ENTITY) || person)) {
                continue;
            }
            boolean locative = LOCATIVE.contains(prev) || appositive;
            boolean division = DIVISION_WORDS.contains(next) || placeNoun;
            for (int end = maxEnd; end > i; end--) {
                String name = body.substring(ts.get(i).start(), ts.get(end - 1).end());
                if (name.length() < 3 || isAllCaps(name)) {
                    continue;
                }
                boolean known = gazetteer.hasName(name);
                boolean notable = known && facts.isCountryOrDivision(name);
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
                st.add(i, end, cues, -1);
                i = end - 1;
                break;
            }
        }
    }
}
