package org.crosscheck.server.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.ActorKind;
import org.crosscheck.server.view.ActorSummary;
import org.crosscheck.server.view.PlaceSummary;

/**
 * Counts for the actors and places lists, by key: a whole index's (rebuild) or the change a few events make
 * (update), applied to what the index held. Thread-safe: every method holds the instance's lock.
 */
final class ListTally {
    private final Map<String, ActorCount> actors = new LinkedHashMap<>();
    private final Map<String, PlaceCount> places = new LinkedHashMap<>();

    private static final class ActorCount {
        final String name;
        ActorKind kind;
        long asActor;
        long asClaimant;

        ActorCount(String name, ActorKind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    private static final class PlaceCount {
        final Shares.Place place;
        long events;

        PlaceCount(Shares.Place place) {
            this.place = place;
        }
    }

    /** An actor the reports name, listed even before any event counts it. */
    synchronized void seed(String name, ActorKind kind) {
        ActorCount c = actors.computeIfAbsent(Documents.actorKey(name), k -> new ActorCount(name, kind));
        if (c.kind == null) {
            c.kind = kind;
        }
    }

    /** Counts an event's shares once ({@code sign} 1) or takes them back ({@code sign} -1). */
    synchronized void add(Shares s, int sign) {
        for (String a : s.actors()) {
            actors.computeIfAbsent(Documents.actorKey(a), k -> new ActorCount(a, null)).asActor += sign;
        }
        for (String c : s.claimants()) {
            actors.computeIfAbsent(Documents.actorKey(c), k -> new ActorCount(c, null)).asClaimant += sign;
        }
        if (s.place() != null) {
            places.computeIfAbsent(Documents.placeKey(s.place()), k -> new PlaceCount(s.place())).events += sign;
        }
    }

    synchronized Iterable<String> actorKeys() {
        return List.copyOf(actors.keySet());
    }

    synchronized Iterable<String> placeKeys() {
        return List.copyOf(places.keySet());
    }

    /**
     * The actor's row after these counts are added to {@code held} (null when the index has none), or null when
     * the actor no longer belongs in the list: no report names it as an actor and no event counts it.
     */
    synchronized ActorSummary actor(String key, ActorSummary held, Aliases aliases) {
        ActorCount c = actors.get(key);
        String name = held != null ? held.name() : c.name;
        ActorKind kind = held != null && held.kind() != null ? held.kind() : c.kind;
        long asActor = (held == null ? 0 : held.eventsAsActor()) + c.asActor;
        long asClaimant = (held == null ? 0 : held.eventsAsClaimant()) + c.asClaimant;
        if (kind == null && asActor <= 0 && asClaimant <= 0) {
            return null;
        }
        return new ActorSummary(name, kind, held != null ? held.aliases() : List.copyOf(aliases.of(name)),
                Math.max(0, asActor), Math.max(0, asClaimant));
    }

    /** The place's row after these counts are added to {@code held}, or null when no event is placed there. */
    synchronized PlaceSummary place(String key, PlaceSummary held) {
        PlaceCount c = places.get(key);
        long events = (held == null ? 0 : held.events()) + c.events;
        if (events <= 0) {
            return null;
        }
        if (held != null) {
            return new PlaceSummary(held.location(), held.country(), held.admin1(), held.admin2(), held.latitude(),
                    held.longitude(), events);
        }
        Shares.Place p = c.place;
        return new PlaceSummary(p.location(), p.country(), p.admin1(), p.admin2(), p.latitude(), p.longitude(),
                events);
    }
}
