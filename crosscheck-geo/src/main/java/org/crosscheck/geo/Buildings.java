package org.crosscheck.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.text.Token;

/**
 * Names of buildings and campuses that the NER calls organisations ("Colorado State University", "the University
 * of Nairobi", "Mulago National Referral Hospital"), for a tagging policy that counts them as toponyms whole
 * ({@link TaggingPolicy#buildings()}). The head words are data ({@code building-heads} in place-words.txt).
 * Stateless.
 */
final class Buildings {
    private static final Set<String> NAME_LABELS = Set.of("ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "FACILITY");

    private Buildings() {
    }

    /**
     * End (exclusive) of a building's name that starts at token {@code i}: a run of adjacent named tokens, at least
     * one of them an organisation's, that ends in a building head ("... Hospital") or opens with one and "of"
     * ("University of ..."); else -1.
     */
    static int end(List<Token> ts, int i) {
        if (!NAME_LABELS.contains(ts.get(i).ner())) {
            return -1;
        }
        int end = i + 1;
        boolean organisation = ts.get(i).ner().equals("ORGANIZATION");
        while (end < ts.size() && NAME_LABELS.contains(ts.get(end).ner())
                && ts.get(end).start() == ts.get(end - 1).end() + 1) {
            organisation |= ts.get(end).ner().equals("ORGANIZATION");
            end++;
        }
        if (!organisation || end - i < 2) {
            return -1;
        }
        boolean headLast = head(ts.get(end - 1));
        boolean headFirst = head(ts.get(i)) && ts.get(i + 1).word().equals("of") && end - i > 2;
        return headLast || headFirst ? end : -1;
    }

    private static boolean head(Token t) {
        return Character.isUpperCase(t.word().charAt(0))
                && PlaceWords.BUILDING_HEADS.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
