package org.crosscheck.geo;

import static org.crosscheck.geo.PlaceWords.COMPOUND_SUFFIXES;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.crosscheck.text.Token;

/**
 * Names inside a hyphenated word: before an adjective's suffix ("London-based", "Saudi-led", "Turkish-backed"), and
 * joined to each other ("the Syrian-Turkish border", "the Lagos-Abuja road", "anti-Russian"). Toponyms
 * only under a policy that counts names inside other words and demonyms (GeoWebNews does; the codebook does not, a
 * "Kyiv-based" firm places nothing). Each name must be a notable place or a demonym: "Post-war" names no place,
 * "Rolls-Royce" none, and a hyphenated name the gazetteer knows whole ("Guinea-Bissau") is one place. Stateless.
 */
final class Compounds {
    private Compounds() {
    }

    /**
     * Splits a word of names joined by hyphens into one toponym per name; an all-lower-case first part is a prefix
     * ("anti-", "ex-") and names nothing. Runs before the NER's labels are read, which take such a word whole.
     */
    static void pairs(SentenceTags st, NameFacts facts, TaggingPolicy policy) {
        if (!policy.embedded() || !policy.demonyms()) {
            return;
        }
        for (int i = 0; i < st.size(); i++) {
            Token t = st.ts.get(i);
            String[] parts = t.word().split("-", -1);
            if (st.taken[i] || parts.length < 2 || facts.gazetteer().hasName(t.word())) {
                continue;
            }
            List<Toponym> names = new ArrayList<>();
            int from = t.start();
            int last = i + 1;
            for (int k = 0; k < parts.length; k++) {
                String part = parts[k];
                int at = from;
                from += part.length() + 1;
                if (k == 0 && !part.isEmpty() && part.equals(part.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                // The last name may go on past the word: "the DPRK-South Korea summit".
                int next = i + 1;
                String name = part;
                while (k == parts.length - 1 && next < st.size() && next <= i + 2
                        && st.ts.get(next).start() == st.ts.get(next - 1).end() + 1
                        && SentenceTags.isCapitalised(st.ts.get(next))
                        && cue(st.body.substring(at, st.ts.get(next).end()), facts) != null) {
                    name = st.body.substring(at, st.ts.get(next).end());
                    next++;
                }
                Toponym.Cue cue = cue(name, facts);
                if (cue == null) {
                    names.clear();
                    break;
                }
                names.add(new Toponym(at, at + name.length(), name, EnumSet.of(cue), -1));
                last = next;
            }
            if (!names.isEmpty() && st.body.startsWith(t.word(), t.start())) {
                st.out.addAll(names);
                for (int x = i; x < last; x++) {
                    st.at[x] = names.get(names.size() - 1);
                    st.taken[x] = true;
                }
                st.at[i] = names.get(0);
            }
        }
    }

    /** How a part of a hyphenated word names a place: a demonym, a notable place, or null when it names none. */
    private static Toponym.Cue cue(String part, NameFacts facts) {
        if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) || !SentenceTags.mayBePlace(part)) {
            return null;
        }
        if (facts.gazetteer().demonymPlace(part) != null) {
            return Toponym.Cue.DEMONYM;
        }
        return facts.isCountryOrDivision(part) || facts.gazetteer().hasPrimaryName(part) && facts.isNotable(part)
                ? Toponym.Cue.EMBEDDED : null;
    }

    static void tag(SentenceTags st, NameFacts facts, TaggingPolicy policy) {
        if (!policy.embedded()) {
            return;
        }
        for (int i = 0; i < st.size(); i++) {
            Token t = st.ts.get(i);
            String w = t.word();
            int hy = w.indexOf('-');
            if (st.taken[i] || hy < 1 || hy == w.length() - 1 || !Character.isUpperCase(w.charAt(0))
                    || !Character.isLowerCase(w.charAt(hy + 1))) {
                continue;
            }
            String suffix = w.substring(hy + 1).toLowerCase(Locale.ROOT);
            if (!COMPOUND_SUFFIXES.contains(suffix) && !suffix.endsWith("ed")) {
                continue;
            }
            // The name may begin a word or two before: "Los Angeles-based", "Abu Dhabi-based".
            for (int from = Math.max(0, i - 2); from <= i; from++) {
                if (from < i && (st.taken[from] || !SentenceTags.isCapitalised(st.ts.get(from)))) {
                    continue;
                }
                String name = st.body.substring(st.ts.get(from).start(), t.start() + hy);
                boolean demonym = facts.gazetteer().demonymCountry(name) != null;
                if (demonym && policy.demonyms()) {
                    st.add(from, i + 1, EnumSet.of(Toponym.Cue.DEMONYM), -1);
                    break;
                } else if (!demonym && (facts.isCountryOrDivision(name)
                        || facts.gazetteer().hasPrimaryName(name) && facts.isNotable(name))) {
                    st.add(from, i + 1, EnumSet.of(Toponym.Cue.EMBEDDED), -1);
                    break;
                }
            }
        }
    }
}
