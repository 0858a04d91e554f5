package org.crosscheck.extract.claims.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ActorTable;
import org.crosscheck.extract.attribution.Attributions;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.extract.claims.ClaimExtractor;
import org.crosscheck.extract.claims.QuantityReader;
import org.crosscheck.extract.input.ReportContext;
import org.crosscheck.extract.lexicon.Words;
import org.crosscheck.model.Count;
import org.crosscheck.text.DependencyPatterns;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/**
 * Finds casualty claims: a quantity of people and what happened to them, in the constructions news reports use —
 * "at least 25 soldiers were killed", "killing 40 people", "the deaths of all 18 soldiers", "four deaths",
 * "20 wounded", "15 personnel and 18 civilians were also killed", "several others wounded", zero claims ("no
 * losses", "no one was injured", "no civilians were harmed", "did not see any casualties") and vague ones
 * ("heavy losses on X", "X suffered casualties"). Victims are the actor the counted noun names, "others" the
 * victims just counted, "enemy personnel" the claimant's opponent, "themselves" the claimant. Stateless and
 * thread-safe.
 */
public final class CasualtyExtractor implements ClaimExtractor {
    /** The rule file of the frames read from dependency parses, next to this class. */
    public static final String FRAME_RULES = "casualty-frames.semgrex";
    /** The id prefix of the frames that count names listed together ("A and B were killed"). */
    private static final String NAMES_RULES = "casualty.frame-persons-";

    private final QuantityReader quantities = new QuantityReader();
    private final ZeroCasualties zero = new ZeroCasualties();
    private final CountedCasualties counted = new CountedCasualties();
    private final SufferedCasualties suffered = new SufferedCasualties();
    private final PersonKilled personKilled = new PersonKilled();
    private final FrameCasualties frames;

    /** @param frameRules the compiled rules of {@link #FRAME_RULES} */
    public CasualtyExtractor(DependencyPatterns frameRules) {
        this.frames = new FrameCasualties(frameRules);
    }

    @Override
    public List<ClaimDraft> extract(ReportContext ctx, ActorTable actors, Attributions attributions) {
        List<ClaimDraft> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            List<Token> ts = s.tokens();
            int consumed = -1;
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (t.start() < consumed) {
                    continue; // a number inside a claim already read ("no one was killed")
                }
                if (Set.of("DATE", "TIME", "MONEY", "PERCENT", "DURATION", "ORDINAL", "SET").contains(t.ner())) {
                    continue;
                }
                String w = Words.lower(t);
                Optional<ClaimDraft> found = Optional.empty();
                if (w.equals("no") || w.equals("no-one") || w.equals("nobody") || w.equals("none")
                        || w.equals("any")) {
                    found = zero.read(ctx, actors, attributions, s, i, out);
                }
                if (found.isEmpty()) {
                    Optional<QuantityReader.Quantity> q = quantities.numberAt(ts, i);
                    if (q.isEmpty() && !(i + 1 < ts.size() && quantities.numberAt(ts, i + 1).isPresent())) {
                        q = quantities.vagueAt(ts, i);
                    }
                    if (q.isPresent()) {
                        found = counted.read(ctx, actors, attributions, s, q.get(), out);
                        // "at least a dozen": "dozen" is read with "a", not again on its own
                        consumed = Math.max(consumed, ts.get(q.get().last()).end());
                    }
                }
                if (found.isEmpty() && (w.equals("casualties") || w.equals("losses"))) {
                    found = suffered.read(ctx, actors, attributions, s, i, out);
                }
                if (found.isEmpty() && t.ner().equals("PERSON")) {
                    found = personKilled.read(ctx, actors, attributions, s, i);
                }
                if (found.isPresent()) {
                    out.add(found.get());
                    if (found.get().count().isZero()) {
                        consumed = Math.max(consumed, found.get().evidence().end());
                    }
                }
            }
        }
        addFrames(ctx, actors, attributions, out);
        return Victims.elided(out);
    }

    /**
     * The claims of the parse-based frames that no token rule found: a frame whose evidence overlaps a claim
     * already read in its sentence with the same victims or the same figure is left out, so the frames add
     * constructions and never read one twice; a frame over the same words counting other victims ("killed three
     * policemen and several civilians", "an unspecified number of rebels and soldiers") is another claim.
     */
    private void addFrames(ReportContext ctx, ActorTable actors, Attributions attributions, List<ClaimDraft> out) {
        List<ClaimDraft> read = List.copyOf(out);
        for (Sentence s : ctx.sentences()) {
            for (ClaimDraft f : frames.read(ctx, actors, attributions, s)) {
                boolean seen = read.stream().anyMatch(d -> d.sentence() == f.sentence() && d.isCasualty()
                        && d.evidence().start() < f.evidence().end() && f.evidence().start() < d.evidence().end()
                        && (Objects.equals(d.victims(), f.victims()) || sameFigure(d.count(), f.count())));
                seen |= out.stream().anyMatch(d -> d.evidence().equals(f.evidence())
                        && Objects.equals(d.victims(), f.victims()));
                // names listed together mostly break down a count given before ("three commanders were killed:
                // A, B and C were…"): counted again they would be a second claim of the same figure
                seen |= f.rule().startsWith(NAMES_RULES) && out.stream().anyMatch(d -> d.isCasualty()
                        && d.outcome() == f.outcome() && sameFigure(d.count(), f.count()));
                if (!seen) {
                    out.add(f);
                }
            }
        }
    }

    private static boolean sameFigure(Count a, Count b) {
        return a != null && b != null && a.vague() == b.vague() && Objects.equals(a.low(), b.low())
                && Objects.equals(a.high(), b.high());
    }
}
