package org.crosscheck.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Acronyms the text defines for what is no place: "the Frontier Corps (FC)", "the African Union (AU)", "the
 * Sudanese Armed Forces (SAF)" make FC, AU and SAF no place anywhere in the text, whatever the gazetteer says of
 * them (AU is also Australia's code). Stateless.
 */
final class Acronyms {
    private Acronyms() {
    }

    /** Keys of the acronyms that {@code text} defines in parentheses after a name that is not among {@code places}. */
    static Set<String> ofNonPlaces(AnnotatedText text, List<Toponym> places) {
        Set<String> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 1; i + 2 < ts.size(); i++) {
                String open = ts.get(i).word();
                String close = ts.get(i + 2).word();
                String acr = ts.get(i + 1).word();
                if (!(open.equals("(") || open.equals("-LRB-")) || !(close.equals(")") || close.equals("-RRB-"))
                        || acr.length() < 2 || acr.length() > 6 || !SentenceTags.isAllCaps(acr)
                        || !SentenceTags.isCapitalised(ts.get(i - 1))) {
                    continue;
                }
                int nameEnd = ts.get(i - 1).end();
                boolean place = false;
                for (Toponym t : places) {
                    place |= t.end() == nameEnd || t.start() <= ts.get(i - 1).start() && ts.get(i - 1).end() <= t.end();
                }
                if (!place) {
                    out.add(Names.key(acr));
                }
            }
        }
        return out;
    }
}
