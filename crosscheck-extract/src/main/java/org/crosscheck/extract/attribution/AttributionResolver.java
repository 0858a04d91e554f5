package org.crosscheck.extract.attribution;

import java.util.ArrayList;
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
 * Finds the reporting cues of a report ("X said", "according to X", "…, X says", "X denied", "which claimed
 * that") with the party behind each, and answers, for any token, whose account it belongs to: the nearest cue
 * before it in its sentence whose account runs forward, else a closing cue after it ("…, the UN says"), else the
 * account carried over from earlier sentences — within a paragraph, or across paragraphs while the report
 * relays one party's written statement — else the outlet. Stateless and thread-safe; the returned
 * {@link Attributions} belongs to one report.
 */
public final class AttributionResolver {

    /** A cue: the verb at token {@code verb} of a sentence, the party behind it, and which way its account runs. */
    public record Cue(int sentence, int verb, Attribution attribution, boolean forward, boolean statement, boolean denial,
               boolean accusation) {
    }

    private final SpeakerRules speakerRules;

    /** A resolver that reads speakers from parsed sentences with {@code speakerRules}. */
    public AttributionResolver(SpeakerRules speakerRules) {
        this.speakerRules = java.util.Objects.requireNonNull(speakerRules);
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
        return new Attributions(ctx, cues, speakerRules);
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
                final int according = i;
                Optional<ActorTable.Mention> src = speakerRules.accordingTo(s, according)
                        .flatMap(h -> Speakers.mentionAt(actors, s, h))
                        .or(() -> Speakers.firstMentionAfter(actors, s.index(), ts, from, true))
                        .or(() -> Speakers.documentSource(ctx, actors, s, from));
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
            if (denial && (negated(s, i) || s.isParsed() && ReportingClause.refuses(s, i))) {
                continue; // "officials do not deny the massacre", "rejected calls for a truce": no denial, no account
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
            if (inRelativeClause(ts, i)) {
                continue; // "a district that officers believe is a refuge": the verb reports on the noun, not the sentence
            }
            Span cueSpan = Span.of(ctx.body(), t.start(), t.end());
            String subject = Speakers.subject(ctx, actors, s, i, out);
            boolean inverted = false;
            if (subject == null) {
                Optional<ActorTable.Mention> after = Speakers.firstMentionAfter(actors, s.index(), ts, i + 1, false);
                if (after.isPresent() && after.get().first() <= i + 2 && endsInverted(ts, after.get().last() + 1)) {
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
        List<Integer> speakers = speakerRules.speakers(s, verb);
        if (ReportingClause.modifiesNoun(s, verb, speakers)) {
            return true; // "a district that commanders believe is their refuge" reports nothing about the sentence
        }
        if (ReportingClause.agentlessPassive(s, verb, speakers)) {
            out.add(new Cue(s.index(), verb, Attribution.OUTLET, true, false, false, false));
            return true;
        }
        if (speakers.isEmpty()) {
            return false;
        }
        Span cueSpan = Span.of(ctx.body(), ts.get(verb).start(), ts.get(verb).end());
        boolean forward = hasContentAfter(ts, Math.max(verb, lastOf(actors, s, speakers, verb)) + 1);
        List<String> keys = new ArrayList<>();
        for (int head : speakers) {
            String key = Speakers.speakerAt(ctx, actors, s, head, out);
            if (key != null && !keys.contains(key)) {
                keys.add(key);
                out.add(new Cue(s.index(), verb, attribution(actors, key, cueSpan), forward, statement, denial,
                        accusing));
            }
        }
        if (keys.isEmpty()) {
            // the graph's subject names no party ("the report said"): the words before the verb may, but no
            // party after it is taken for the speaker ("…, said 2,000 civilians had died" names no speaker)
            String key = Speakers.subject(ctx, actors, s, verb, out);
            if (key != null) {
                out.add(new Cue(s.index(), verb, attribution(actors, key, cueSpan), forward, statement, denial,
                        accusing));
            }
        }
        return true;
    }

    /**
     * Whether the verb at {@code verb} stands in a relative clause on a noun ("the district that officers
     * believe…"): a relative word right after a noun, then the verb's subject words. "X said that police believe"
     * is no relative clause: "that" follows a verb there.
     */
    private static boolean inRelativeClause(List<Token> ts, int verb) {
        int k = verb - 1;
        while (k >= 0 && (ts.get(k).pos().startsWith("NN") || ts.get(k).pos().startsWith("JJ")
                || ts.get(k).pos().equals("DT") || ts.get(k).pos().equals("RB"))) {
            k--;
        }
        return k >= 1 && k < verb - 1 && Set.of("that", "which", "whom").contains(Words.lower(ts.get(k)))
                && ts.get(k - 1).pos().startsWith("NN");
    }

    /**
     * Whether a party right after a reporting verb is its speaker ("…, said the ministry.", "said the ministry in a
     * statement"), not the subject of the clause it reports ("said the hospital was shelled", "said the only
     * clinic still open had closed"): no verb or adverb follows it.
     */
    private static boolean endsInverted(List<Token> ts, int next) {
        if (next >= ts.size()) {
            return true;
        }
        String tag = ts.get(next).pos();
        return !(tag.startsWith("VB") || tag.equals("RB") || tag.equals("MD") || tag.startsWith("WDT")
                || Words.lower(ts.get(next)).equals("that"));
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

    /** The claimant a mention stands for: a spokesperson's organisation, with the spokesperson as {@code via}. */
    private static Attribution attribution(ActorTable actors, String key, Span cue) {
        ActorTable.Entry e = actors.entry(key);
        if (e.speaksFor() != null && e.kind() == ActorKind.PERSON) {
            return new Attribution(actors.resolve(e.speaksFor()), e.key(), cue);
        }
        return new Attribution(e.key(), null, cue);
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
