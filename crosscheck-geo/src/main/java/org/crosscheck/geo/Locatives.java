package org.crosscheck.geo;

import static org.crosscheck.geo.NerGazetteerGeotagger.DATELINE_END;
import static org.crosscheck.geo.PlaceWords.BORDERING;
import static org.crosscheck.geo.PlaceWords.COMPASS_ADJECTIVES;
import static org.crosscheck.geo.PlaceWords.DIVISION_WORDS;
import static org.crosscheck.geo.PlaceWords.LOCATIVE;
import static org.crosscheck.geo.PlaceWords.PLACE_HEADS;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.text.Token;

/**
 * Which toponyms of a sentence stand where places stand, as opposed to a country or capital named as an actor
 * ("Israel says"): under a qualified policy only these make a country or capital a place. Stateless.
 */
final class Locatives {
    private Locatives() {
    }

    /**
     * Marks the toponyms of a sentence that stand where places stand: after a locative word ("in", "near",
     * "bordering"), before a place noun ("the Pakistan border"), in apposition ("Kirkuk, Iraq"), conjoined with
     * such a toponym, before a place of their own ("Sudan's South Kordofan state"), or with a place cue.
     */
    static void mark(SentenceTags st, Set<Integer> locative) {
        List<Token> ts = st.ts;
        Toponym[] at = st.at;
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
            String prev = st.previousWord(i);
            loc |= LOCATIVE.contains(prev) || BORDERING.contains(prev);
            int after = j + 1;
            if (after < n && (ts.get(after).word().equals("'s") || ts.get(after).word().equals("’s"))) {
                for (int k = after + 1; k < Math.min(n, after + 4) && !loc; k++) {
                    loc = at[k] != null || COMPASS_ADJECTIVES.contains(ts.get(k).word());
                }
            } else if (after < n && PLACE_HEADS.contains(ts.get(after).word().toLowerCase(Locale.ROOT))) {
                loc = true;
            } else if (after + 2 < n && ts.get(after).word().equals(",")) {
                // In apposition to a place noun: "Ouagadougou, the capital, was hit", "Arbinda, a town in Soum".
                int k = after + 1;
                if (Enclosures.ARTICLES.contains(ts.get(k).word().toLowerCase(Locale.ROOT))) {
                    k++;
                }
                String noun = st.lower(k);
                loc |= PLACE_HEADS.contains(noun) || DIVISION_WORDS.contains(noun);
            }
            if (i >= 1 && ts.get(i - 1).word().equals(",")) {
                // In apposition to a place a few words back: "Kirkuk, Iraq", "Beirut's southern suburbs, Lebanon".
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
}
