package org.crosscheck.extract;

import java.util.List;

/**
 * The reporting cues of one report and the rule that says whose account each token belongs to (see
 * {@link AttributionResolver}). Immutable.
 */
final class Attributions {
    private final ReportContext ctx;
    private final List<AttributionResolver.Cue> cues;
    private final Attribution[] carried;

    Attributions(ReportContext ctx, List<AttributionResolver.Cue> cues) {
        this.ctx = ctx;
        this.cues = List.copyOf(cues);
        this.carried = carry(ctx, this.cues);
    }

    List<AttributionResolver.Cue> cues() {
        return cues;
    }

    /** Whose account token {@code token} of sentence {@code sentence} belongs to. */
    Attribution at(int sentence, int token) {
        AttributionResolver.Cue before = null;
        AttributionResolver.Cue after = null;
        for (AttributionResolver.Cue c : cues) {
            if (c.sentence() != sentence) {
                continue;
            }
            if (c.verb() < token && c.forward() && (before == null || c.verb() > before.verb())) {
                before = c;
            }
            if (c.verb() > token && !c.forward() && (after == null || c.verb() < after.verb())) {
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

    /**
     * One pass over the sentences: a cue sets the running account; a sentence without one continues it within
     * the paragraph, and beyond while the account relays a written statement and no other party speaks.
     */
    private static Attribution[] carry(ReportContext ctx, List<AttributionResolver.Cue> cues) {
        int n = ctx.sentences().size();
        Attribution[] out = new Attribution[n];
        Attribution running = Attribution.OUTLET;
        boolean statement = false;
        int origin = -1;
        for (int s = 0; s < n; s++) {
            if (origin >= 0 && ctx.paragraph(s) != ctx.paragraph(origin) && !statement) {
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
