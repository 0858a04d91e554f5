package org.crosscheck.extract.claims.casualty;

import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.Attribution;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.model.ActorKind;

/**
 * Who the victims of a casualty phrase are when its words do not name them: the people just counted ("others"), the
 * speaker ("themselves"), the speaker's opponent ("enemy personnel"), else people. Victims named only here become
 * actors of the report.
 */
final class Victims {
    private Victims() {
    }

    static final String PEOPLE_KEY = "np:other:people";

    static String previousVictims(List<ClaimDraft> before, int sentence, ReportContext ctx) {
        for (int k = before.size() - 1; k >= 0; k--) {
            ClaimDraft d = before.get(k);
            if (d.isCasualty() && (d.sentence() == sentence || d.sentence() == sentence - 1
                    && ctx.paragraph(d.sentence()) == ctx.paragraph(sentence))) {
                return d.victims();
            }
        }
        return null;
    }

    /** Victims named relative to the speaker: "enemy personnel" are the speaker's opponent, "@claimant" the speaker. */
    static String resolveRelative(ActorTable actors, String victims, Attribution who) {
        if (victims.equals("@claimant")) {
            return who.claimant() != null ? who.claimant() : people(actors);
        }
        if (victims.startsWith("enemy:") && who.claimant() != null) {
            ActorKind speaker = actors.entry(who.claimant()).kind();
            ActorKind opponent = speaker == ActorKind.ARMED_GROUP ? ActorKind.STATE_FORCES : ActorKind.ARMED_GROUP;
            Optional<ActorTable.Entry> enemy = actors.entries().stream()
                    .filter(e -> e.kind() == opponent && (e.key().startsWith("forces:") || e.named()))
                    .max((a, b) -> Integer.compare(a.spans().size(), b.spans().size()));
            if (enemy.isPresent()) {
                actors.merge(victims, enemy.get().key());
                return enemy.get().key();
            }
        }
        return victims;
    }

    static String people(ActorTable actors) {
        if (!actors.has(PEOPLE_KEY)) {
            actors.actor(PEOPLE_KEY, "people", ActorKind.OTHER);
        }
        return PEOPLE_KEY;
    }
}
