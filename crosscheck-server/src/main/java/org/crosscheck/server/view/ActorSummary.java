package org.crosscheck.server.view;

import java.util.List;
import org.crosscheck.model.ActorKind;

/**
 * An actor as the actors list shows it: its name, kind (null for a name only analysts or the ledger gave), every
 * alias reports used, and how many events it is an actor of and a claimant about. Immutable.
 */
public record ActorSummary(String name, ActorKind kind, List<String> aliases, long eventsAsActor,
                           long eventsAsClaimant) {
    public ActorSummary {
        aliases = List.copyOf(aliases);
    }

    public long events() {
        return eventsAsActor + eventsAsClaimant;
    }
}
