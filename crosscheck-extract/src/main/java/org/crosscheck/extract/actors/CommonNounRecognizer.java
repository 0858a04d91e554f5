package org.crosscheck.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.extract.claims.QuantityReader;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Span;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Parties named by common nouns ("Pakistani forces", "25 soldiers", "civilians", "the group"), keyed by the
 * organisation or country that modifies them so that mentions of one party share a key. Stateless.
 */
final class CommonNounRecognizer {
    private CommonNounRecognizer() {
    }

    static void commonNouns(ReportContext ctx, ActorTable table, Sentence s) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            String w = Words.lower(t);
            ActorKind kind = Words.PEOPLE_NOUNS.get(w);
            if (kind == null || !Words.isNoun(t) && !w.equals("military") && !w.equals("police")) {
                continue;
            }
            if (table.at(s.index(), i).isPresent() || Words.SPOKESPEOPLE.contains(w) && namedNext(ts, i)) {
                continue;
            }
            // the head is the last noun: "military" in "military camp" or "police" in "police station" is not
            if (i + 1 < ts.size() && (Words.isNoun(ts.get(i + 1)) || ts.get(i + 1).word().equals("'s")
                    || ts.get(i + 1).word().equals("’s"))) {
                continue;
            }
            int first = i;
            while (first > 0) {
                Token p = ts.get(first - 1);
                String pw = Words.lower(p);
                boolean modifier = (Words.isAdjective(p) || Words.isNoun(p)) && !Words.isPunct(p)
                        && !Words.DETERMINERS.contains(pw) && !p.ner().equals("NUMBER") && !p.ner().equals("DATE")
                        && !p.ner().equals("PERSON") && !QuantityReader.VAGUE.contains(pw)
                        && !Words.isOutcome(p) && !pw.equals("other") && !pw.equals("others");
                if (!modifier) {
                    break;
                }
                first--;
            }
            // "rebel groups", "military sources", "police doctors": a party noun before a neutral head gives the kind
            if (kind == ActorKind.OTHER && i > first) {
                ActorKind modifier = Words.PEOPLE_NOUNS.get(Words.lower(ts.get(i - 1)));
                if (modifier != null && modifier != ActorKind.OTHER && modifier != ActorKind.PERSON) {
                    kind = modifier;
                }
            }
            boolean definite = first > 0 && Words.lower(ts.get(first - 1)).equals("the");
            Span span = Span.of(ctx.body(), ts.get(first).start(), t.end());
            String np = span.text();
            String key = commonKey(ctx, table, s.index(), ts, first, i, kind, definite);
            if (key == null) {
                continue;
            }
            if (!table.has(key)) {
                table.actor(key, np, kind);
            }
            table.mention(key, s.index(), first, i, span, np);
            ActorTable.Entry e = table.entry(key);
            // "rebel groups in Dara say": the words with their place are one more surface form of the party
            if (key.startsWith("np:") && i + 2 < ts.size() && Words.lower(ts.get(i + 1)).equals("in")
                    && Words.isCapitalised(ts.get(i + 2)) && ctx.placeAt(ts.get(i + 2).start()) != null) {
                var place = ctx.placeAt(ts.get(i + 2).start());
                int last = i + 2;
                while (last + 1 < ts.size() && ctx.placeAt(ts.get(last + 1).start()) == place) {
                    last++;
                }
                e.aliases.add(ctx.body().substring(span.start(), ts.get(last).end()));
            }
            if (kind == ActorKind.GOVERNMENT && key.startsWith("np:") && e.side == null) {
                // "Zarvia officials", "Lima authorities": officials of a country side with its government
                for (int k = first; k < i && e.side == null; k++) {
                    String government = Parties.governmentAt(ctx, table, ts, s.index(), k);
                    if (government != null && !government.equals(key)) {
                        e.side = government;
                    }
                }
            }
        }
    }

    /** Whether a person's name follows (", Azad Baloch"), making a spokesperson noun a title rather than a party. */
    private static boolean namedNext(List<Token> ts, int i) {
        int k = i + 1;
        while (k < ts.size() && Words.isPunct(ts.get(k))) {
            k++;
        }
        return k < ts.size() && ts.get(k).ner().equals("PERSON");
    }

    private static String commonKey(ReportContext ctx, ActorTable table, int sentence, List<Token> ts, int first, int head,
                             ActorKind kind, boolean definite) {
        String headWord = Words.lower(ts.get(head));
        boolean speaker = Words.SPOKESPEOPLE.contains(headWord);
        for (int k = first; k < head; k++) {
            Token mod = ts.get(k);
            // "a SAF spokesman", "an army spokeswoman": the party the spokesperson speaks for
            if (mod.ner().equals("ORGANIZATION") || speaker && table.at(sentence, k).isPresent()) {
                Optional<ActorTable.Mention> org = table.at(sentence, k);
                if (org.isPresent()) {
                    return org.get().key();
                }
            }
            // "a SAF spokesman" where the tagger missed the acronym: an organisation the report named under it
            if (speaker && Words.isCapitalised(mod)) {
                String org = OrganisationRecognizer.findOrganisation(table, mod.word());
                if (org != null) {
                    return org;
                }
            }
        }
        if (GROUP_WORDS.contains(headWord)) {
            return definite && head - first <= 1 ? groupNamedBefore(table, sentence, first) : null;
        }
        String country = null;
        for (int k = first; k < head; k++) {
            Token mod = ts.get(k);
            if (Words.isCapitalised(mod) && (mod.ner().equals("MISC") || mod.ner().equals("LOCATION")
                    || ctx.placeAt(mod.start()) != null)) {
                country = stem(mod.word());
            }
        }
        if (head - first >= 1 && Words.lower(ts.get(first)).equals("enemy")) {
            return "enemy:" + kind;
        }
        if ((kind == ActorKind.STATE_FORCES || kind == ActorKind.POLICE) && country != null) {
            return "forces:" + country + ":" + kind;
        }
        StringBuilder words = new StringBuilder();
        for (int k = first; k <= head; k++) {
            words.append(k > first ? " " : "").append(Words.lower(ts.get(k)));
        }
        return "np:" + kind + ":" + words;
    }

    private static final List<String> GROUP_WORDS = List.of("group", "organisation", "organization");

    /**
     * "The group", "the militant group" ending at {@code head} (with "'s" after it or not): the organisation named
     * last before {@code first}; null when the words are no such reference.
     */
    static String groupReference(ActorTable table, int sentence, List<Token> ts, int head) {
        if (head < 1 || !GROUP_WORDS.contains(Words.lower(ts.get(head)))) {
            return null;
        }
        int first = head;
        if (first > 1 && Words.isAdjective(ts.get(first - 1))) {
            first--;
        }
        return Words.lower(ts.get(first - 1)).equals("the") ? groupNamedBefore(table, sentence, first) : null;
    }

    /** The organisation last named before token {@code first}: an armed or political group first, else any. */
    private static String groupNamedBefore(ActorTable table, int sentence, int first) {
        return table.lastBefore(sentence, first, e -> e.named && e.key.startsWith("org:")
                        && (e.kind == ActorKind.ARMED_GROUP || e.kind == ActorKind.POLITICAL_GROUP))
                .or(() -> table.lastBefore(sentence, first, e -> e.named && e.key.startsWith("org:")
                        && e.kind == ActorKind.OTHER))
                .map(ActorTable.Mention::key).orElse(null);
    }

    /** Country names and their demonyms share a stem: Pakistan/Pakistani, Israel/Israeli, Syria/Syrian. */
    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() <= 4 ? w : w.substring(0, Math.min(5, w.length()));
    }
}
