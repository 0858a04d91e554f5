package org.crosscheck.ledger;

import java.util.Set;

/** The keys a ledger event is found by under the {@code --actor} and {@code --claimant} filters. Immutable. */
public record EventParties(Set<String> actors, Set<String> claimants) {
    public EventParties {
        actors = Set.copyOf(actors);
        claimants = Set.copyOf(claimants);
    }
}
