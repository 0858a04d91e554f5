package org.crosscheck.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Span;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Finds the reporting cues of a report ("X said", "according to X", "…, X says", "X denied", "which claimed
 * that") with the party behind each, and answers, for any token, whose account it belongs to: the nearest cue
 * before it in its sentence whose account runs forward, else a closing cue after it ("…, the UN says"), else the
 * account carried over from earlier sentences — within a paragraph, or across paragraphs while the report
 * relays one party's written statement — else the outlet. Stateless and thread-safe; the returned
 * {@link Attributions} belongs to one report.
 */
public final class AttributionResolver {
    private static final Set<String> SKIP_BEFORE_VERB = Lexicon.english().words(WordClass.ATTRIBUTION_SKIP);
    private static final Set<String> PRONOUNS = Lexicon.english().words(WordClass.ATTRIBUTION_PRONOUNS);
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–");

    /** A cue: the verb at token {@code verb} of a sentence, the party behind it, and which way its account runs. */
    public record Cue(int sentence, int verb, Attribution attribution, boolean forward, boolean statement, boolean denial,
               boolean accusation) {
    }

    public Attributions resolve(ReportContext ctx, ActorTable actors) {
        List<Cue> cues = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            cuesIn(ctx, actors, s, cues);
        }
        // the header's outlet speaking in its own report is the outlet's voice, its spokesperson the via
        Set<String> outlet = HeaderOutlet.keys(ctx.source().outlet(), actors);
        if (!outlet.isEmpty()) {
            cues.replaceAll(c -> c.attribution().isOutlet() || !outlet.contains(actors.resolve(c.attribution().claimant()))
                    ? c : new Cue(c.sentence(), c.verb(), new Attribution(null, c.attribution().via(),
                    c.attribution().cue()), c.forward(), c.statement(), c.denial(), c.accusation()));
        }
        return new Attributions(ctx, cues);
    }

    /** Adds the cues of sentence {@code s} to {@code out}, which holds those of the sentences before it. */
    private void cuesIn(ReportContext ctx, ActorTable actors, Sentence s, List<Cue> out) {
        List<Token> ts = s.tokens();
        boolean statement = ts.stream().anyMatch(t -> Words.STATEMENT_NOUNS.contains(Words.lower(t)));
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            String w = Words.lower(t);
            if (w.equals("according") && i + 1 < ts.size() && Words.lower(ts.get(i + 1)).equals("to")) {
                final int from = i + 2;
                Optional<ActorTable.Mention> src = firstMentionAfter(actors, s.index(), ts, from, true)
                        .or(() -> documentSource(ctx, actors, s, from));
                if (src.isPresent()) {
                    Span cue = Span.of(ctx.body(), t.start(), ts.get(i + 1).end());
                    // "…, according to John Ging, UNRWA's Director of Operations." closes the account before it
                    boolean forward = hasContentAfter(ts, clauseAfter(ts, src.get().last() + 1));
                    out.add(new Cue(s.index(), i, attribution(actors, src.get().key(), cue), forward, statement,
                            false, false));
                }
                continue;
            }
            String lemma = Words.lemma(t);
            boolean reporting = Words.REPORTING.contains(lemma);
            boolean denial = Words.DENYING.contains(lemma);
            boolean accusing = Words.ACCUSING.contains(lemma);
            if (!(reporting || denial || accusing) || !t.pos().startsWith("VB")) {
                continue;
            }
            if (denial && negated(s, i)) {
                continue; // "officials do not deny the massacre": no denial, and no account either
            }
            if (s.isParsed() && parsedCues(ctx, actors, s, i, reporting, denial, accusing, statement, out)) {
                continue;
            }
            if (t.pos().equals("VBN") && i > 0 && List.of("was", "were", "been", "be", "is", "are")
                    .contains(Words.lower(ts.get(i - 1)))) {
                // "it was reported", "were reported": a passive report names no source
                out.add(new Cue(s.index(), i, Attribution.OUTLET, true, false, false, false));
                continue;
            }
            if (t.pos().equals("VBN") && i > 0 && Words.isNoun(ts.get(i - 1))
                    && i + 1 < ts.size() && List.of("for", "by", "in", "as").contains(Words.lower(ts.get(i + 1)))) {
                continue; // "militants blamed for the attacks": a participle after its noun, not a report
            }
            Span cueSpan = Span.of(ctx.body(), t.start(), t.end());
            String subject = subject(ctx, actors, s, i, out);
            boolean inverted = false;
            if (subject == null) {
                Optional<ActorTable.Mention> after = firstMentionAfter(actors, s.index(), ts, i + 1, false);
                if (after.isPresent() && after.get().first() <= i + 2) {
                    subject = after.get().key();
                    inverted = true;
                }
            }
            if (subject == null) {
                continue;
            }
            int lastOfCue = inverted ? actors.at(s.index(), i + 1).map(ActorTable.Mention::last).orElse(i) : i;
            boolean forward = hasContentAfter(ts, lastOfCue + 1);
            out.add(new Cue(s.index(), i, attribution(actors, subject, cueSpan), forward, statement, denial,
                    accusing));
        }
    }

    /**
     * The cues of the verb at {@code verb} read from the parse: one per speaker the graph gives it ("Damascus and
     * Moscow have denied" makes two). Returns whether the parse settled the verb (cues added, or none because it
     * names no party or only reports inside a noun's modifier); {@code false} leaves it to the words.
     */
    private boolean parsedCues(ReportContext ctx, ActorTable actors, Sentence s, int verb, boolean reporting,
                               boolean denial, boolean accusing, boolean statement, List<Cue> out) {
        List<Token> ts = s.tokens();
        if (ReportingClause.modifiesNoun(s, verb)) {
            return true; // "a district that commanders believe is their refuge" reports nothing about the sentence
        }
        if (ReportingClause.agentlessPassive(s, verb)) {
            out.add(new Cue(s.index(), verb, Attribution.OUTLET, true, false, false, false));
            return true;
        }
        List<Integer> speakers = ReportingClause.speakers(s, verb);
        if (speakers.isEmpty()) {
            return false;
        }
        Span cueSpan = Span.of(ctx.body(), ts.get(verb).start(), ts.get(verb).end());
        boolean forward = hasContentAfter(ts, Math.max(verb, lastOf(actors, s, speakers, verb)) + 1);
        List<String> keys = new ArrayList<>();
        for (int head : speakers) {
            String key = speakerAt(ctx, actors, s, head, out);
            if (key != null && !keys.contains(key)) {
                keys.add(key);
                out.add(new Cue(s.index(), verb, attribution(actors, key, cueSpan), forward, statement, denial,
                        accusing));
            }
        }
        if (keys.isEmpty()) {
            // the graph's subject names no party ("the report said"): the words before the verb may, but no
            // party after it is taken for the speaker ("…, said 2,000 civilians had died" names no speaker)
            String key = subject(ctx, actors, s, verb, out);
            if (key != null) {
                out.add(new Cue(s.index(), verb, attribution(actors, key, cueSpan), forward, statement, denial,
                        accusing));
            }
        }
        return true;
    }

    /** The last token of an inverted speaker after its verb ("…, said the ministry"), else {@code verb}. */
    private static int lastOf(ActorTable actors, Sentence s, List<Integer> speakers, int verb) {
        int last = verb;
        for (int h : speakers) {
            if (h > verb) {
                last = Math.max(last, actors.at(s.index(), h).map(ActorTable.Mention::last).orElse(h));
            }
        }
        return last;
    }

    /**
     * The party a speaker's head word stands for: its actor mention, a pronoun's antecedent, a document's author
     * ("the military report says", "a statement from the ministry said"), or a place speaking as its government.
     */
    private static String speakerAt(ReportContext ctx, ActorTable actors, Sentence s, int head, List<Cue> earlier) {
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

    /** Whether a verb of denial is negated: "do not deny", "has never disputed" (from the parse, else the words before it). */
    private static boolean negated(Sentence s, int verb) {
        if (s.isParsed()) {
            return ReportingClause.negated(s, verb);
        }
        List<Token> ts = s.tokens();
        for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) {
            String w = Words.lower(ts.get(k));
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
            if (!(ts.get(k).pos().equals("RB") || ts.get(k).pos().startsWith("VB") || ts.get(k).pos().equals("MD"))) {
                break;
            }
        }
        return false;
    }

    /**
     * "According to reports", "according to a statement": a source named only by a document noun is a party of
     * its own (codebook: "according to officials" → "officials"), when no party is named after it.
     */
    private static Optional<ActorTable.Mention> documentSource(ReportContext ctx, ActorTable actors, Sentence s, int from) {
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

    /** The claimant a mention stands for: a spokesperson's organisation, with the spokesperson as {@code via}. */
    private static Attribution attribution(ActorTable actors, String key, Span cue) {
        ActorTable.Entry e = actors.entry(key);
        if (e.speaksFor() != null && e.kind() == ActorKind.PERSON) {
            return new Attribution(actors.resolve(e.speaksFor()), e.key(), cue);
        }
        return new Attribution(e.key(), null, cue);
    }

    /** The subject of the verb at {@code verb}: an actor mention, a pronoun's antecedent, or a place as its government. */
    private static String subject(ReportContext ctx, ActorTable actors, Sentence s, int verb, List<Cue> earlier) {
        List<Token> ts = s.tokens();
        int k = verb - 1;
        while (k >= 0 && (SKIP_BEFORE_VERB.contains(Words.lower(ts.get(k))) || ts.get(k).pos().equals("RB")
                || ts.get(k).pos().equals("MD"))) {
            k--;
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

    /** The party the word at {@code k}, a reporting verb's subject, stands for. */
    private static String subjectAt(ReportContext ctx, ActorTable actors, Sentence s, int k, List<Cue> earlier) {
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
        var place = ctx.placeAt(ts.get(k).start());
        boolean location = ts.get(k).ner().equals("LOCATION");
        if ((place != null || location) && Words.isCapitalised(ts.get(k))) {
            // "Islamabad denies", "Israel says": a capital or a country speaking is its government
            int first = k;
            while (first > 0 && (place != null ? ctx.placeAt(ts.get(first - 1).start()) == place
                    : ts.get(first - 1).ner().equals("LOCATION"))) {
                first--;
            }
            String name = place != null ? place.name() : ctx.body().substring(ts.get(first).start(), ts.get(k).end());
            String key = "gov:" + ActorTable.norm(name);
            if (!actors.has(key)) {
                actors.actor(key, name, ActorKind.GOVERNMENT).markNamed();
            }
            Span span = Span.of(ctx.body(), ts.get(first).start(), ts.get(k).end());
            actors.mention(key, s.index(), first, k, span, span.text());
            return key;
        }
        return null;
    }

    private static String antecedent(ActorTable actors, Sentence s, List<Token> ts, int k, String pronoun,
                                     List<Cue> earlier) {
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
            Cue cue = earlier.get(c);
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

    private static Optional<ActorTable.Mention> firstMentionAfter(ActorTable actors, int sentence, List<Token> ts,
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

    /** The first token after an apposition that follows a source (", UNRWA's Director of Operations"). */
    private static int clauseAfter(List<Token> ts, int from) {
        if (from < ts.size() && ts.get(from).word().equals(",")) {
            for (int j = from + 1; j < ts.size(); j++) {
                if (ts.get(j).word().equals(",")) {
                    return j + 1;
                }
                if (ts.get(j).pos().startsWith("VB")) {
                    return from;
                }
            }
            return ts.size();
        }
        return from;
    }

    /** Whether the account words continue after the cue, so that it runs forward ("X said that …"). */
    private static boolean hasContentAfter(List<Token> ts, int from) {
        int content = 0;
        for (int j = from; j < ts.size(); j++) {
            Token t = ts.get(j);
            if (Words.isPunct(t) || t.ner().equals("DATE") || t.ner().equals("TIME")
                    || Set.of("on", "in", "a", "statement", "late", "early", "said", "says", "told", "reporters")
                    .contains(Words.lower(t))) {
                continue;
            }
            content++;
        }
        return content > 0;
    }
}
