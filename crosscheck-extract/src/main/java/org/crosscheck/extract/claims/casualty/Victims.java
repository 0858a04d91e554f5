package org.crosscheck.extract.claims.casualty;

import java.util.ArrayList;
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

    /** The rule id of a count with no noun of its own ("and 3,000 wounded"), whose victims {@link #elided} reads. */
    static final String BARE_COUNT_RULE = "casualty.count-bare";

    /**
     * A bare count's victims when its sentence counted named people before it ("600 soldiers were killed and 3,000
     * wounded": the noun left out is the one before): the nearest such claim's, by any rule; else "people" stays.
     */
    static List<ClaimDraft> elided(List<ClaimDraft> claims) {
        List<ClaimDraft> out = new ArrayList<>(claims.size());
        for (ClaimDraft d : claims) {
            if (!BARE_COUNT_RULE.equals(d.rule()) || !PEOPLE_KEY.equals(d.victims())) {
                out.add(d);
                continue;
            }
            ClaimDraft named = null;
            for (ClaimDraft c : claims) {
                if (c.isCasualty() && c.sentence() == d.sentence() && c.token() < d.token() && c.victims() != null
                        && !c.victims().equals(PEOPLE_KEY) && (named == null || c.token() > named.token())) {
                    named = c;
                }
            }
            out.add(named == null ? d : new ClaimDraft(d.sentence(), d.token(), d.attribution(), d.stance(),
                    d.kind(), d.outcome(), named.victims(), d.count(), d.object(), d.quantity(), d.evidence(),
                    d.answers(), d.rule()));
        }
        return out;
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
