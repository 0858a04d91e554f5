package org.crosscheck.extract.events;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.LexiconFile;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.extract.scope.Clause;
import org.crosscheck.model.Place;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * "Warplanes bombed a refugee camp in the north" in a report that names "the Dadaab camp": an incident told with a
 * common noun of a site ({@code site-nouns.txt}) happened at the one place the report names with that noun as the
 * head of its name, not at the region the sentence names. One such place only: a report naming two camps leaves
 * the region. A plural noun ("camps") tells several sites and names none. Immutable.
 */
final class NamedSites {
    static final String FILE = "site-nouns.txt";

    private final Set<String> sites;

    private NamedSites(Set<String> sites) {
        this.sites = sites;
    }

    static NamedSites load() {
        return new NamedSites(LexiconFile.read(NamedSites.class, FILE, 1).stream()
                .map(l -> l.field(0).strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The place the report names for the site that a singular site noun in the clause of event word {@code at}
     * tells, or null.
     */
    Place site(ReportContext ctx, Sentence s, int at) {
        List<Token> ts = s.tokens();
        List<ReportContext.PlaceMention> named = ctx.placesIn(s.index());
        BitSet clause = Clause.of(s, at);
        for (int k = clause.nextSetBit(0); k >= 0; k = clause.nextSetBit(k + 1)) {
            Token t = ts.get(k);
            if (!t.pos().equals("NN") || !sites.contains(Words.lemma(t)) || inName(named, t)) {
                continue;
            }
            String noun = Words.lemma(t);
            List<Place> withHead = ctx.places().stream().filter(p -> headedBy(p, noun)).toList();
            if (withHead.size() == 1) {
                return withHead.get(0);
            }
        }
        return null;
    }

    /** "the Yida camp" itself: a site noun inside a place mention is that place's name, not a common noun. */
    private static boolean inName(List<ReportContext.PlaceMention> named, Token t) {
        return named.stream().anyMatch(p -> t.start() >= p.start() && t.end() <= p.end());
    }

    private static boolean headedBy(Place p, String noun) {
        return lastWord(p.name()).equals(noun) || p.aliases().stream().anyMatch(a -> lastWord(a).equals(noun));
    }

    private static String lastWord(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s-]+");
        return words[words.length - 1];
    }
}
