package org.crosscheck.extract.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.actors.Parties;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Span;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Who a reporting verb's speaker is: the party named at the speaker's words, a pronoun's antecedent ("it said":
 * the party whose account runs), a document's author ("the military report says"), a source named only by its
 * documents ("according to reports"), or a country or capital speaking as its government ("Lima denied").
 * Adds the actors these name to the table. Stateless.
 */
public final class Speakers {
    private static final Set<String> SKIP_BEFORE_VERB = Lexicon.english().words(WordClass.ATTRIBUTION_SKIP);
    private static final Set<String> PRONOUNS = Lexicon.english().words(WordClass.ATTRIBUTION_PRONOUNS);
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–");

    private Speakers() {
    }

    /**
     * The party a speaker's head word stands for: its actor mention, a pronoun's antecedent, a document's author
     * ("the military report says", "a statement from the ministry said"), or a place speaking as its government.
     */
    static String speakerAt(ReportContext ctx, ActorTable actors, Sentence s, int head, List<AttributionResolver.Cue> earlier) {
        Optional<ActorTable.Mention> m = mentionAt(actors, s, head);
        if (m.isPresent()) {
            return m.get().key();
        }
        Token t = s.tokens().get(head);
        if (Words.STATEMENT_NOUNS.contains(Words.lower(t))) {
            for (int owner : ReportingClause.owners(s, head)) {
                Optional<ActorTable.Mention> o = mentionAt(actors, s, owner);
                if (o.isPresent()) {
                    return o.get().key();
                }
                ActorKind kind = Words.PEOPLE_NOUNS.get(Words.lower(s.tokens().get(owner)));
                if (kind == ActorKind.STATE_FORCES || kind == ActorKind.POLICE) {
                    // "the military report": the force of that kind the report has named, else a party of its own
                    return actors.lastBefore(s.index(), head, e -> e.kind() == kind).map(ActorTable.Mention::key)
                            .orElseGet(() -> ownerActor(ctx, actors, s, owner, kind));
                }
            }
            return null;
        }
        return subjectAt(ctx, actors, s, head, earlier);
    }

    /**
     * The party named at a phrase's head word, or in the words that name it ("the Public Relations (PR)
     * department": the mention on a compound or apposition of the head).
     */
    public static Optional<ActorTable.Mention> mentionAt(ActorTable actors, Sentence s, int head) {
        Optional<ActorTable.Mention> m = actors.at(s.index(), head);
        if (m.isPresent()) {
            return m;
        }
        for (var d : s.dependentsOf(head)) {
            if (!d.relation().equals("punct") && !d.relation().equals("case") && !d.relation().equals("det")
                    && !d.relation().startsWith("acl") && !d.relation().startsWith("conj")) {
                m = actors.at(s.index(), d.dependent());
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    private static String ownerActor(ReportContext ctx, ActorTable actors, Sentence s, int owner, ActorKind kind) {
        Token t = s.tokens().get(owner);
        String key = "force:" + ActorTable.norm(t.word());
        if (!actors.has(key)) {
            actors.actor(key, t.word(), kind);
        }
        Span span = Span.of(ctx.body(), t.start(), t.end());
        actors.mention(key, s.index(), owner, owner, span, span.text());
        return key;
    }

    /**
     * "According to reports", "according to a statement": a source named only by a document noun is a party of
     * its own (codebook: "according to officials" → "officials"), when no party is named after it.
     */
    static Optional<ActorTable.Mention> documentSource(ReportContext ctx, ActorTable actors, Sentence s, int from) {
        List<Token> ts = s.tokens();
        int k = from;
        while (k < ts.size() && (Words.DETERMINERS.contains(Words.lower(ts.get(k))) || Words.isAdjective(ts.get(k)))) {
            k++;
        }
        // plural reports only: "according to a statement" with no author named stays with the outlet
        if (k >= ts.size() || !Words.STATEMENT_NOUNS.contains(Words.lower(ts.get(k))) || !Words.lower(ts.get(k)).endsWith("s")
                || k + 1 < ts.size() && !Words.isPunct(ts.get(k + 1))) {
            return Optional.empty(); // "according to a statement from the ministry" names its author after it
        }
        Span span = Span.of(ctx.body(), ts.get(from).start(), ts.get(k).end());
        String key = "np:" + ActorKind.OTHER + ":" + ActorTable.norm(span.text());
        if (!actors.has(key)) {
            actors.actor(key, span.text(), ActorKind.OTHER);
        }
        actors.mention(key, s.index(), from, k, span, span.text());
        return actors.at(s.index(), k);
    }

    /** The subject of the verb at {@code verb}: an actor mention, a pronoun's antecedent, or a place as its government. */
    static String subject(ReportContext ctx, ActorTable actors, Sentence s, int verb, List<AttributionResolver.Cue> earlier) {
        List<Token> ts = s.tokens();
        int k = verb - 1;
        while (k >= 0 && (SKIP_BEFORE_VERB.contains(Words.lower(ts.get(k))) || ts.get(k).pos().equals("RB")
                || ts.get(k).pos().equals("MD"))) {
            k--;
        }
        if (k > 0 && ts.get(k).word().equals(")")) {
            // "the World Health Organization (WHO) said": the name before its parenthesised short form
            int open = k;
            while (open > 0 && !ts.get(open).word().equals("(")) {
                open--;
            }
            k = open - 1;
        }
        if (k < 0) {
            return null;
        }
        String mark = ts.get(k).word();
        boolean dash = DASHES.contains(mark);
        if (mark.equals(",") || dash) {
            // "Mr Lokeny, the commissioner of Loima county, said": the subject stands before the apposition;
            // an aside between dashes may hold a clause of its own ("the rebels - who hold the north - said")
            for (int j = k - 1; j > 0 && j >= k - 20; j--) {
                if (ts.get(j).word().equals(mark)) {
                    Optional<ActorTable.Mention> before = actors.at(s.index(), j - 1);
                    if (before.isPresent()) {
                        return before.get().key();
                    }
                    break;
                }
                if (ts.get(j).pos().startsWith("VB") && !dash) {
                    break;
                }
            }
            return null;
        }
        return subjectAt(ctx, actors, s, k, earlier);
    }

    /**
     * The party a phrase's head word names, out of any account: its actor mention, or a country or capital as
     * its government ("Zarvia's claim"); null when it names none.
     */
    public static String partyAt(ReportContext ctx, ActorTable actors, Sentence s, int head) {
        Optional<ActorTable.Mention> m = mentionAt(actors, s, head);
        if (m.isPresent()) {
            return m.get().key();
        }
        return PRONOUNS.contains(Words.lower(s.tokens().get(head))) ? null : subjectAt(ctx, actors, s, head, List.of());
    }

    /** The party the word at {@code k}, a reporting verb's subject, stands for. */
    private static String subjectAt(ReportContext ctx, ActorTable actors, Sentence s, int k, List<AttributionResolver.Cue> earlier) {
        List<Token> ts = s.tokens();
        Optional<ActorTable.Mention> m = actors.at(s.index(), k);
        if (m.isPresent()) {
            return m.get().key();
        }
        String w = Words.lower(ts.get(k));
        if (PRONOUNS.contains(w)) {
            return antecedent(actors, s, ts, k, w, earlier);
        }
        if (Words.STATEMENT_NOUNS.contains(w)) {
            // "X's statement said": the statement's author
            int j = k - 1;
            while (j >= 0 && (Words.DETERMINERS.contains(Words.lower(ts.get(j))) || Words.isAdjective(ts.get(j)))) {
                j--;
            }
            if (j >= 0 && (ts.get(j).word().equals("'s") || ts.get(j).word().equals("’s"))) {
                return actors.at(s.index(), j - 1).map(ActorTable.Mention::key).orElse(null);
            }
            return null;
        }
        return Parties.governmentAt(ctx, actors, ts, s.index(), k);
    }

    private static String antecedent(ActorTable actors, Sentence s, List<Token> ts, int k, String pronoun,
                                     List<AttributionResolver.Cue> earlier) {
        if (pronoun.equals("which") || pronoun.equals("who")) {
            int j = k - 1;
            while (j >= 0 && (Words.isPunct(ts.get(j)) || Words.STATEMENT_NOUNS.contains(Words.lower(ts.get(j)))
                    || ts.get(j).word().equals("'s") || ts.get(j).word().equals("’s"))) {
                j--;
            }
            return j >= 0 ? actors.at(s.index(), j).map(ActorTable.Mention::key).orElse(null) : null;
        }
        if (pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("i")) {
            // the person named last; when the report names none, the party whose account runs ("…, underlined
            // the staff. '…,' she said": the spokeswoman of that party)
            Optional<ActorTable.Mention> person = actors.lastBefore(s.index(), k, e -> e.kind() == ActorKind.PERSON);
            if (person.isPresent()) {
                return person.get().key();
            }
            for (int c = earlier.size() - 1; c >= 0 && earlier.get(c).sentence() >= s.index() - 2; c--) {
                if (!earlier.get(c).attribution().isOutlet()) {
                    return earlier.get(c).attribution().claimant();
                }
            }
            return null;
        }
        // "The military said … It accused India": the party whose account runs, when it is close
        for (int c = earlier.size() - 1; c >= 0; c--) {
            AttributionResolver.Cue cue = earlier.get(c);
            if (cue.sentence() < s.index() - 1) {
                break;
            }
            String key = cue.attribution().claimant();
            if (key != null && actors.entry(key).kind() != ActorKind.PERSON) {
                return key;
            }
        }
        return actors.lastBefore(s.index(), k, e -> e.kind() != ActorKind.PERSON && e.kind() != ActorKind.CIVILIANS
                        && (e.named() || e.kind() == ActorKind.GOVERNMENT || e.kind() == ActorKind.STATE_FORCES))
                .map(ActorTable.Mention::key).orElse(null);
    }

    static Optional<ActorTable.Mention> firstMentionAfter(ActorTable actors, int sentence, List<Token> ts,
                                                                  int from, boolean untilComma) {
        for (int j = from; j < ts.size(); j++) {
            if (untilComma && ts.get(j).word().equals(",")) {
                break;
            }
            Optional<ActorTable.Mention> m = actors.at(sentence, j);
            if (m.isPresent()) {
                // "a statement released by BLA spokesperson Azad Baloch": the speaker, not the organisation word
                Optional<ActorTable.Mention> later = Optional.empty();
                for (int k = m.get().last() + 1; k < ts.size() && k <= m.get().last() + 2; k++) {
                    later = actors.at(sentence, k);
                    if (later.isPresent()) {
                        break;
                    }
                }
                if (later.isPresent() && actors.entry(later.get().key()).speaksFor() != null) {
                    return later;
                }
                return m;
            }
        }
        return Optional.empty();
    }
}
