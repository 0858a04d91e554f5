package org.crosscheck.server.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Actor;
import org.crosscheck.model.NameKey;

/**
 * Every name reports gave each actor, by the actor's key, as the actors list shows them. Built from the stored
 * extractions (or from the actor documents after a restart). Thread-safe: every method holds the instance's lock.
 */
final class Aliases {
    private final Map<String, Set<String>> byKey = new HashMap<>();

    /** Adds an extracted actor's name and aliases. */
    synchronized void add(Actor a) {
        add(a.name(), a.aliases());
    }

    synchronized void add(String name, List<String> aliases) {
        Set<String> names = byKey.computeIfAbsent(NameKey.of(name), k -> new LinkedHashSet<>());
        names.add(name);
        names.addAll(aliases);
    }

    /** The names known for an actor's key, in the order first seen. */
    synchronized Set<String> of(String name) {
        return new LinkedHashSet<>(byKey.getOrDefault(NameKey.of(name), Set.of()));
    }
}
