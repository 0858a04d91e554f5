package org.crosscheck.geo;

import static org.crosscheck.geo.SentenceTags.isAllCaps;
import static org.crosscheck.geo.SentenceTags.isCapitalised;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.text.Token;

/**
 * Named sites (codebook, "Sites"): a school, mosque, hospital, market or checkpoint with a name of its own is a place
 * of its own, inside the place the text puts it in: "the Al-Noor girls school in Rafah", "the Omari mosque", "Ras
 * Ali, a primary school near the camp". The name must be the site's own: a town's or country's name before the noun
 * ("a Kabul hospital", "the Gaza school") makes no site, nor does an acronym ("the UN school"). Thread-safe: holds
 * only the thread-safe {@link NameFacts}.
 */
final class Sites {
    private static final int MAX_NAME_WORDS = 4;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "our");

    private final NameFacts facts;

    Sites(NameFacts facts) {
        this.facts = Objects.requireNonNull(facts);
    }

    /** Makes toponyms of the named sites of one sentence, replacing a toponym that is only the site's name. */
    void tag(SentenceTags st) {
        List<Token> ts = st.ts;
        for (int k = 1; k < ts.size(); k++) {
            if (!PlaceWords.SITE_NOUNS.contains(st.lower(k))) {
                continue;
            }
            int m = k - 1;
            while (m > 0 && k - m <= 2 && PlaceWords.SITE_MODIFIERS.contains(st.lower(m))) {
                m--;
            }
            int from = nameStart(st, m);
            if (from >= 0 && ownName(st, from, m + 1, k) && st.free(m + 1, k + 1)) {
                // "the Asma primary school": the name, its modifiers and the noun.
                st.site(from, m + 1, k + 1);
                continue;
            }
            // "Ras Ali, a primary school": a name in apposition to the noun phrase.
            int article = m;
            boolean head = k + 1 >= ts.size() || !ts.get(k + 1).pos().startsWith("NN");
            if (head && article >= 2 && (st.lower(article).equals("a") || st.lower(article).equals("the"))
                    && st.word(article - 1).equals(",")) {
                from = nameStart(st, article - 2);
                if (from >= 0 && ownName(st, from, article - 1, k)) {
                    st.site(from, article - 1, article - 1);
                }
            }
        }
    }

    /** Start of the run of capitalised words ending at {@code last} (at most four), or -1. */
    private static int nameStart(SentenceTags st, int last) {
        if (last < 0 || !isCapitalised(st.ts.get(last)) || DETERMINERS.contains(st.lower(last))) {
            return -1;
        }
        int from = last;
        int words = 1;
        while (from > 0 && words < MAX_NAME_WORDS) {
            Token prev = st.ts.get(from - 1);
            if (from >= 2 && prev.word().equals("-") && prev.start() == st.ts.get(from - 2).end()
                    && prev.end() == st.ts.get(from).start()) {
                from -= 2; // "Al-Noor" split at its hyphen
            } else if (isCapitalised(prev) && !DETERMINERS.contains(prev.word().toLowerCase(Locale.ROOT))) {
                from--;
            } else {
                break;
            }
            words++;
        }
        if (!isCapitalised(st.ts.get(from))) {
            return -1;
        }
        // A sentence's first word is capitalised whatever it is: only a proper noun starts a name there.
        return from == 0 && !SentenceTags.isProperNoun(st.ts.get(0)) ? -1 : from;
    }

    /**
     * Whether tokens {@code from..to} are the own name of the site whose noun is at {@code noun}: no acronym, no organisation, not a country, division
     * or notable town, not the whole of a toponym that spans more, and not a name the text uses elsewhere.
     */
    private boolean ownName(SentenceTags st, int from, int to, int noun) {
        // The NER may call the whole site an organisation ("the Al-Amal Village School"), but an organisation's name
        // before the noun ("the Red Cross hospital") names no site.
        boolean wholeIsOrganisation = st.ts.get(noun).ner().equals("ORGANIZATION");
        for (int x = from; x < to; x++) {
            Token t = st.ts.get(x);
            if (t.word().length() > 1 && isAllCaps(t.word())
                    || t.ner().equals("ORGANIZATION") && !wholeIsOrganisation || t.word().matches(".*-\\p{Ll}+")) {
                // An acronym, an organisation or a hyphenated adjective ("United Nations-run") names no site.
                return false;
            }
            Toponym at = st.at[x];
            if (at != null && (at.start() < st.ts.get(from).start() || at.end() > st.ts.get(to - 1).end())) {
                return false;
            }
        }
        String name = st.body.substring(st.ts.get(from).start(), st.ts.get(to - 1).end());
        if (facts.isCountryOrDivision(name) || facts.isNotable(name)) {
            return false;
        }
        // Elsewhere the name may only name the site again ("Asma primary school"... "Asma elementary school").
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b(?!(\\s+(" + alternatives(PlaceWords.SITE_MODIFIERS)
                + "))*\\s+(?i:" + alternatives(PlaceWords.SITE_NOUNS) + ")\\b)").matcher(st.body);
        int here = st.ts.get(from).start();
        while (m.find()) {
            if (m.start() != here) {
                return false;
            }
        }
        return true;
    }

    private static String alternatives(java.util.Set<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }
}
