package org.crosscheck.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything extracted from one report (the document {@code report.schema.json} describes). The constructor
 * checks that every id it refers to exists, so a half-linked extraction cannot be built. Immutable.
 */
public record Extraction(ReportMeta report, List<Actor> actors, List<Place> places, List<Event> events,
                         List<Claim> claims) {
    public Extraction {
        Objects.requireNonNull(report, "report");
        actors = Lists.copy(actors);
        places = Lists.copy(places);
        events = Lists.copy(events);
        claims = Lists.copy(claims);
        Set<String> actorIds = ids(actors.stream().map(Actor::id).toList(), "actor");
        Set<String> placeIds = ids(places.stream().map(Place::id).toList(), "place");
        Set<String> eventIds = ids(events.stream().map(Event::id).toList(), "event");
        Set<String> claimIds = ids(claims.stream().map(Claim::id).toList(), "claim");
        for (Actor a : actors) {
            ref(actorIds, a.side(), "actor " + a.id() + " side");
            ref(actorIds, a.speaksFor(), "actor " + a.id() + " speaks_for");
        }
        for (Place p : places) {
            ref(placeIds, p.within(), "place " + p.id() + " within");
        }
        for (Event e : events) {
            ref(eventIds, e.parent(), "event " + e.id() + " parent");
            ref(placeIds, e.place(), "event " + e.id() + " place");
            e.actors().forEach(a -> ref(actorIds, a, "event " + e.id() + " actor"));
        }
        for (Claim c : claims) {
            if (!Claim.OUTLET.equals(c.claimant())) {
                ref(actorIds, c.claimant(), "claim " + c.id() + " claimant");
            }
            ref(actorIds, c.via(), "claim " + c.id() + " via");
            ref(eventIds, c.event(), "claim " + c.id() + " event");
            if (c.casualties() != null) {
                ref(actorIds, c.casualties().victims(), "claim " + c.id() + " victims");
            }
            c.refutes().forEach(r -> ref(claimIds, r, "claim " + c.id() + " refutes"));
        }
    }

    private static Set<String> ids(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + what + " id " + id);
            }
        }
        return seen;
    }

    private static void ref(Set<String> ids, String id, String what) {
        if (id != null && !ids.contains(id)) {
            throw new IllegalArgumentException(what + " refers to unknown id " + id);
        }
    }
}
