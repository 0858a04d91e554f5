package org.crosscheck.extract.claims.statement;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.actors.Parties;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.model.Stance;

/**
 * Whose claims a denial answers when its own words name no one ("the army denied it carried out the strike"):
 * the party that said the denier did it — an occurrence claim whose agent is the denier, or an accusation aimed
 * at it — the nearest before the denial, else the first after it. Stateless.
 */
final class DenialTargets {
    private DenialTargets() {
    }

    /** The drafts with each unanswered denial pointed at the claimant of the blame it answers. */
    static List<ClaimDraft> link(List<ClaimDraft> drafts, List<OccurrenceClaims.Blame> blames, ActorTable actors) {
        List<ClaimDraft> out = new ArrayList<>();
        for (ClaimDraft d : drafts) {
            if (d.stance() != Stance.DENIES || d.answers() != null || d.isCasualty() || d.attribution().isOutlet()) {
                out.add(d);
                continue;
            }
            String denier = d.attribution().claimant();
            OccurrenceClaims.Blame before = null;
            OccurrenceClaims.Blame after = null;
            for (OccurrenceClaims.Blame b : blames) {
                String claimant = b.claim().attribution().claimant();
                if (claimant == null || Parties.same(actors, claimant, denier) || !Parties.same(actors, b.agent(), denier)) {
                    continue;
                }
                if (b.claim().sentence() <= d.sentence()) {
                    before = b;
                } else if (after == null) {
                    after = b;
                }
            }
            OccurrenceClaims.Blame target = before != null ? before : after;
            out.add(target == null ? d : new ClaimDraft(d.sentence(), d.token(), d.attribution(), d.stance(),
                    d.kind(), d.outcome(), d.victims(), d.count(), d.object(), d.quantity(), d.evidence(),
                    target.claim().attribution().claimant(), d.rule()));
        }
        return out;
    }
}
