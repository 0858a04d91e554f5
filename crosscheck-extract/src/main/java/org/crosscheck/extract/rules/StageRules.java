package org.crosscheck.extract.rules;

import java.util.Objects;
import org.crosscheck.extract.attribution.SpeakerRules;
import org.crosscheck.extract.claims.casualty.CasualtyExtractor;
import org.crosscheck.extract.claims.material.MaterialClaimExtractor;
import org.crosscheck.text.DependencyPatterns;
import org.crosscheck.text.PatternEngine;

/**
 * The compiled construction rules of every stage, from their rule files, compiled once per pipeline by the
 * engine it was given. Immutable and thread-safe.
 *
 * @param casualtyFrames {@code claims/casualty/casualty-frames.semgrex}
 * @param materialFrames {@code claims/material/material-frames.semgrex}
 * @param speakers {@code attribution/reporting-speakers.semgrex}
 */
public record StageRules(DependencyPatterns casualtyFrames, DependencyPatterns materialFrames,
                         DependencyPatterns speakers) {
    public StageRules {
        Objects.requireNonNull(casualtyFrames);
        Objects.requireNonNull(materialFrames);
        Objects.requireNonNull(speakers);
    }

    /** Every stage's rule file compiled by {@code engine}; a rule that does not compile stops with its id. */
    public static StageRules compile(PatternEngine engine) {
        return new StageRules(engine.compile(RuleFile.load(CasualtyExtractor.class, CasualtyExtractor.FRAME_RULES)),
                engine.compile(RuleFile.load(MaterialClaimExtractor.class, MaterialClaimExtractor.FRAME_RULES)),
                engine.compile(RuleFile.load(SpeakerRules.class, SpeakerRules.RULES)));
    }
}
