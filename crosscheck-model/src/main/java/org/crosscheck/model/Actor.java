package org.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world party: canonical {@code name}, every surface form seen in {@code aliases}, whose side it is on
 * ({@code side}) and whom it speaks for ({@code speaksFor}), both as actor ids. Immutable.
 */
public record Actor(String id, String name, List<String> aliases, ActorKind kind, String country, String side,
                    String speaksFor, List<Span> mentions) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
        if (id.equals(side) || id.equals(speaksFor)) {
            throw new IllegalArgumentException("actor " + id + " cannot side with or speak for itself");
        }
        aliases = Lists.copy(aliases);
        mentions = Lists.copy(mentions);
    }
}
