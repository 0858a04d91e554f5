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

    public Attributions(ReportContext ctx, List<AttributionResolver.Cue> cues) {
        this.cues = List.copyOf(cues);
        this.carried = carry(ctx, this.cues);
    }

    public List<AttributionResolver.Cue> cues() {
        return cues;
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
            if (c.verb() > token && (after == null || c.verb() < after.verb())) {
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
            if (origin >= 0 && !near && !statement && !continues(ctx, s)) {
                running = Attribution.OUTLET;
            }
            out[s] = running;
            AttributionResolver.Cue last = null;
            boolean flagged = false;
            for (AttributionResolver.Cue c : cues) {
                if (c.sentence() == s) {
                    flagged |= c.statement() && !c.attribution().isOutlet();
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
