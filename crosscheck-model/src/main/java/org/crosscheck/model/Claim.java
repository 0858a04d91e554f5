package org.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * Something a party asserts or denies, with the report text that says so. {@code claimant} is an actor id or
 * {@link #OUTLET} for the report's own voice; {@code via} the person who voiced it. A casualty claim carries
 * {@code casualties}; damage, seizure and control claims carry {@code object} and maybe {@code quantity}.
 * {@code rule} is the id of the extraction rule that found it, or {@code null} (claims entered by hand, documents
 * written before the field). {@code scope} says whether its figure counts an incident or is background (never
 * null: a document without the field counts incidents); a background claim is on no event. Immutable.
 */
public record Claim(String id, String claimant, String via, Span cue, Stance stance, ClaimKind kind, String event,
                    Casualties casualties, String object, Count quantity, List<String> refutes,
                    List<Span> evidence, String rule, Scope scope) {
    /** The claimant of what the report states in its own voice. */
    public static final String OUTLET = "outlet";

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(kind, "kind");
        if ((kind == ClaimKind.CASUALTIES) != (casualties != null)) {
            throw new IllegalArgumentException("claim " + id + ": casualties go with kind casualties only");
        }
        evidence = Lists.copy(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("claim " + id + " has no evidence");
        }
        refutes = Lists.copy(refutes);
        if (refutes.contains(id)) {
            throw new IllegalArgumentException("claim " + id + " cannot refute itself");
        }
        scope = scope == null ? Scope.INCIDENT : scope;
        if (scope == Scope.BACKGROUND && event != null) {
            throw new IllegalArgumentException("claim " + id + ": a background figure is on no event");
        }
    }

    /** A claim counting an incident (or of unknown scope). */
    public Claim(String id, String claimant, String via, Span cue, Stance stance, ClaimKind kind, String event,
                 Casualties casualties, String object, Count quantity, List<String> refutes, List<Span> evidence,
                 String rule) {
        this(id, claimant, via, cue, stance, kind, event, casualties, object, quantity, refutes, evidence, rule,
                Scope.INCIDENT);
    }

    /** A claim no rule is named for. */
    public Claim(String id, String claimant, String via, Span cue, Stance stance, ClaimKind kind, String event,
                 Casualties casualties, String object, Count quantity, List<String> refutes, List<Span> evidence) {
        this(id, claimant, via, cue, stance, kind, event, casualties, object, quantity, refutes, evidence, null);
    }

    /** Whether the extractor judged its figure background: counted for no incident. */
    public boolean background() {
        return scope == Scope.BACKGROUND;
    }

    /** The same claim on another event; a figure put on an event counts that incident. */
    public Claim onEvent(String other) {
        return Objects.equals(other, event) ? this : new Claim(id, claimant, via, cue, stance, kind, other,
                casualties, object, quantity, refutes, evidence, rule, other == null ? scope : Scope.INCIDENT);
    }
}
