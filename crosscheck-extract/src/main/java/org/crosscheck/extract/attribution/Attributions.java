package org.crosscheck.extract.attribution;

import java.util.List;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Words;

/**
 * The reporting cues of one report and the rule that says whose account each token belongs to (see
 * {@link AttributionResolver}). Immutable.
 */
public final class Attributions {
    private final List<AttributionResolver.Cue> cues;
    private final Attribution[] carried;
    private final SpeakerRules speakers;
    private final ReportContext ctx;

    Attributions(ReportContext ctx, List<AttributionResolver.Cue> cues, SpeakerRules speakers) {
        this.ctx = ctx;
        this.cues = List.copyOf(cues);
        this.speakers = speakers;
        this.carried = carry(ctx, this.cues);
    }

    public List<AttributionResolver.Cue> cues() {
        return cues;
    }

    /** The rules that read a verb's speakers from a parse, for later stages that ask who did what. */
    public SpeakerRules speakerRules() {
        return speakers;
    }

    /** Whose account token {@code token} of sentence {@code sentence} belongs to. */
    public Attribution at(int sentence, int token) {
        AttributionResolver.Cue before = null;
        AttributionResolver.Cue after = null;
        for (AttributionResolver.Cue c : cues) {
            if (c.sentence() != sentence) {
                continue;
            }
            if (c.verb() < token && c.forward() && (before == null || c.verb() > before.verb())) {
                before = c;
            }
            // an agentless passive ("no casualties were reported") leaves the words before it to the outlet,
            // unless a party speaks after it in the sentence ("'…have been counted,' she said")
            if (c.verb() > token && !quotedBetween(sentence, token, c.verb()) && (after == null || after.attribution().isOutlet() && !c.attribution().isOutlet()
                    || c.verb() < after.verb() && (c.attribution().isOutlet() == after.attribution().isOutlet()))) {
                after = c;
            }
        }
        if (before != null) {
            return before.attribution();
        }
        if (after != null) {
            return after.attribution();
        }
        return carried(sentence);
    }

    /**
     * Whether a quoted sentence stands between the token and a cue that closes it ("Hours after the strike killed
     * 40, the director was sure: "We saw no fighters there," he told reporters."): the cue speaks the quotation's
     * words, not those before it. A quotation counts when it opens with a capital, as a whole sentence quoted
     * does; a phrase quoted inside the account ("destroyed 'everything', police said") does not stop it.
     */
    private boolean quotedBetween(int sentence, int token, int verb) {
        List<org.crosscheck.text.Token> ts = ctx.tokens(sentence);
        String body = ctx.body();
        int open = -1;
        for (int k = token + 1; k < verb && k < ts.size(); k++) {
            if (!isQuote(body, ts.get(k))) {
                continue;
            }
            if (open < 0) {
                // a straight quote opens when the word after it is glued to it; a curly one says which it is
                char q = body.charAt(ts.get(k).start());
                boolean opens = k + 1 < verb && (q == '\u201c' || q == '"' && ts.get(k + 1).start() == ts.get(k).end())
                        && Character.isUpperCase(body.codePointAt(ts.get(k + 1).start()));
                if (opens) {
                    open = k;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(String body, org.crosscheck.text.Token t) {
        if (t.end() - t.start() != 1) {
            return false;
        }
        char c = body.charAt(t.start());
        return c == '"' || c == '\u201c' || c == '\u201d';
    }

    /** The account a sentence without a cue of its own continues. */
    private Attribution carried(int sentence) {
        return carried[sentence];
    }

    /** Words by which a sentence says it goes on with the account before it ("Another 13 soldiers…", "in the same attack"). */
    private static boolean continues(ReportContext ctx, int sentence) {
        List<org.crosscheck.text.Token> ts = ctx.tokens(sentence);
        for (int i = 0; i < ts.size(); i++) {
            String w = Words.lower(ts.get(i));
            if (i == 0 && java.util.Set.of("another", "also", "additionally", "further", "furthermore").contains(w)
                    || w.equals("same") && i > 0 && Words.lower(ts.get(i - 1)).equals("the")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph that opens with a quotation right after a paragraph whose speaker was named goes on with that
     * speaker's words ("'…,' the mayor said. ¶ 'We have buried nine people.'"): news style names a speaker once.
     */
    private static boolean quoteGoesOn(ReportContext ctx, int sentence, int origin) {
        List<org.crosscheck.text.Token> ts = ctx.tokens(sentence);
        if (ts.isEmpty() || ctx.paragraph(sentence) != ctx.paragraph(origin) + 1
                || sentence > 0 && ctx.paragraph(sentence - 1) == ctx.paragraph(sentence)) {
            return false;
        }
        char c = ctx.body().charAt(ts.get(0).start());
        return c == '"' || c == '“';
    }

    /**
     * One pass over the sentences: a cue sets the running account; a sentence without one continues it in the
     * next sentence of the paragraph, in a sentence that says it goes on ("another", "the same attack"), and
     * further while the account relays a written statement and no other party speaks.
     */
    private static Attribution[] carry(ReportContext ctx, List<AttributionResolver.Cue> cues) {
        int n = ctx.sentences().size();
        Attribution[] out = new Attribution[n];
        Attribution running = Attribution.OUTLET;
        boolean statement = false;
        int origin = -1;
        for (int s = 0; s < n; s++) {
            boolean near = origin >= 0 && ctx.paragraph(s) == ctx.paragraph(origin) && s - origin <= 1;
            if (origin >= 0 && !near && !statement && !continues(ctx, s) && !quoteGoesOn(ctx, s, origin)) {
                running = Attribution.OUTLET;
            }
            out[s] = running;
            AttributionResolver.Cue last = null;
            boolean flagged = false;
            for (AttributionResolver.Cue c : cues) {
                if (c.sentence() == s) {
                    // "this report was denied by the army" answers a statement, it relays none
                    flagged |= c.statement() && !c.denial() && !c.attribution().isOutlet();
                    if (last == null || c.verb() > last.verb()) {
                        last = c;
                    }
                }
            }
            if (last != null) {
                boolean same = java.util.Objects.equals(last.attribution().claimant(), running.claimant());
                statement = flagged || statement && same;
                running = last.attribution().isOutlet() ? Attribution.OUTLET : last.attribution();
                origin = s;
            }
        }
        return out;
    }
}
