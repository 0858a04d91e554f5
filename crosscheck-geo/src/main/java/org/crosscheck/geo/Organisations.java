package org.crosscheck.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Names the text gives an organisation by a noun in apposition ("the security firm Veritas", "the charity Amel"):
 * no place anywhere in the text when the gazetteer lacks them, whatever the NER says. The nouns are data
 * ({@code organisation-nouns} in place-words.txt). Stateless.
 */
final class Organisations {
    private Organisations() {
    }

    /** Keys of the capitalised names right after an organisation noun that the gazetteer does not know. */
    static Set<String> named(AnnotatedText text, LuceneGazetteer gazetteer) {
        Set<String> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i + 1 < ts.size(); i++) {
                if (!PlaceWords.ORGANISATION_NOUNS.contains(ts.get(i).word().toLowerCase(Locale.ROOT))
                        || !Character.isLowerCase(ts.get(i).word().charAt(0))) {
                    continue;
                }
                int end = i + 1;
                while (end < ts.size() && end <= i + 3 && SentenceTags.isCapitalised(ts.get(end))
                        && SentenceTags.isProperNoun(ts.get(end))) {
                    end++;
                }
                if (end == i + 1) {
                    continue;
                }
                String name = text.text().substring(ts.get(i + 1).start(), ts.get(end - 1).end());
                if (!gazetteer.hasName(name)) {
                    out.add(Names.key(name));
                }
            }
        }
        return out;
    }
}
