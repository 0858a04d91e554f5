package org.crosscheck.extract.claims.statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.actors.Parties;
import org.crosscheck.extract.attribution.Attribution;
import org.crosscheck.extract.attribution.AttributionResolver;
import org.crosscheck.extract.attribution.ReportingClause;
import org.crosscheck.extract.attribution.Speakers;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.lexicon.WordClass;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * The claim a denial names with its owner: "the agency rejected the ministry's claim that the depot was empty"
 * tells that the ministry claims it, and the denial answers that claim. Read from the parse: an object of the
 * verb of denial whose lemma is an accusation noun (accusation-nouns.txt), with its owner (possessor, compound,
 * "made by"). Stateless.
 */
final class OwnedClaims {
    private static final Set<String> NOUNS = Lexicon.english().words(WordClass.ACCUSATION_NOUNS);

    private OwnedClaims() {
    }

    /**
     * Whether the denial's object is an accusation noun that names no owner ("disputed claims that militants fired
     * from the school", "rejected the allegations"): it answers a claim the report gives to a party elsewhere.
     */
    static boolean unowned(ReportContext ctx, AttributionResolver.Cue cue) {
        Sentence s = ctx.sentences().get(cue.sentence());
        return s.isParsed() && ReportingClause.objects(s, cue.verb()).stream()
                .anyMatch(obj -> NOUNS.contains(Words.lemma(s.tokens().get(obj)))
                        && ReportingClause.answeredOwners(s, obj).isEmpty());
    }

    /**
     * The drafts with each denial of an unowned claim (see {@link #unowned}) that answers no one yet pointed at the
     * party of the nearest claim the report gives an owner elsewhere ("Israel's claim that…").
     */
    static List<ClaimDraft> answerUnowned(List<ClaimDraft> drafts, Set<ClaimDraft> unowned, ActorTable actors) {
        List<ClaimDraft> out = new java.util.ArrayList<>();
        for (ClaimDraft d : drafts) {
            ClaimDraft nearest = null;
            if (unowned.contains(d) && d.answers() == null) {
                for (ClaimDraft o : drafts) {
                    if (o.rule() != null && o.rule().equals("statement.owned-claim") && o.attribution().claimant() != null
                            && !Parties.same(actors, o.attribution().claimant(), d.attribution().claimant())
                            && (nearest == null || Math.abs(o.sentence() - d.sentence())
                                < Math.abs(nearest.sentence() - d.sentence()))) {
                        nearest = o;
                    }
                }
            }
            out.add(nearest == null ? d : new ClaimDraft(d.sentence(), d.token(), d.attribution(), d.stance(),
                    d.kind(), d.outcome(), d.victims(), d.count(), d.object(), d.quantity(), d.evidence(),
                    nearest.attribution().claimant(), d.rule()));
        }
        return out;
    }

    static Optional<ClaimDraft> of(ReportContext ctx, ActorTable actors, AttributionResolver.Cue cue) {
        Sentence s = ctx.sentences().get(cue.sentence());
        if (!s.isParsed()) {
            return Optional.empty();
        }
        List<Token> ts = s.tokens();
        String self = cue.attribution().claimant();
        for (int obj : ReportingClause.objects(s, cue.verb())) {
            if (!NOUNS.contains(Words.lemma(ts.get(obj)))) {
                continue;
            }
            for (int owner : ReportingClause.answeredOwners(s, obj)) {
                String key = Speakers.partyAt(ctx, actors, s, owner);
                Optional<ActorTable.Mention> m = key == null ? Optional.empty()
                        : Speakers.mentionAt(actors, s, owner);
                if (m.isEmpty() || key.equals(self) || m.get().first() > obj) {
                    continue;
                }
                int end = Math.max(obj, StatementClaimExtractor.clauseEnd(ts, obj));
                Span evidence = Span.of(ctx.body(), ts.get(m.get().first()).start(), ts.get(end).end());
                ActorTable.Entry e = actors.entry(m.get().key());
                Attribution who = e.kind() == ActorKind.PERSON && e.speaksFor() != null
                        ? new Attribution(actors.resolve(e.speaksFor()), e.key(), null)
                        : new Attribution(e.key(), null, null);
                return Optional.of(new ClaimDraft(cue.sentence(), obj, who, Stance.ASSERTS, ClaimKind.OTHER, null,
                        null, null, null, null, evidence, null, "statement.owned-claim"));
            }
        }
        return Optional.empty();
    }
}
