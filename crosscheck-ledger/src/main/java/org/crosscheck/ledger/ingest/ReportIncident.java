package org.crosscheck.ledger.ingest;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Place;
import org.crosscheck.model.Span;

/**
 * The incident a report's claims stand for when the report tells none ("Gunmen killed 5 people in Kadugli on
 * Saturday, police said" and no event found): dated by the report (no time, so the ledger dates it by publication,
 * precision {@code published}), placed where a claim names a place, else at the report's first place with
 * ACLED's geo-precision 3 ("only a larger area is known"), and typed from what its claims say.
 */
public final class ReportIncident {
    /** The local id of the stand-in event, beside the extraction's own ({@code e1}, {@code e2}…). */
    public static final String LOCAL_ID = "report";

    private static final Set<ActorKind> ARMED = EnumSet.of(ActorKind.STATE_FORCES, ActorKind.POLICE,
            ActorKind.ARMED_GROUP);

    private ReportIncident() {
    }

    /** The stand-in event, and the report's places with the one it is placed at as precise as it is known. */
    record Incident(Event event, List<Place> places) {
    }

    static Incident of(Extraction x, List<Claim> claims) {
        Map<String, Actor> actors = new HashMap<>();
        x.actors().forEach(a -> actors.put(a.id(), a));
        Claim first = claims.stream().min(Comparator.comparingInt(ReportIncident::rank)).orElseThrow();
        EventType type = type(first, actors);
        Place place = place(x, claims);
        Event event = new Event(LOCAL_ID, type, subType(first, type), null, null, place == null ? null : place.id(),
                List.of(), "incident the report's figures stand for; the report tells no event",
                claims.stream().flatMap(c -> c.evidence().stream()).distinct().toList(), "ledger.report-incident");
        return new Incident(event, x.places().stream().map(p -> place != null && p.id().equals(place.id()) ? place : p)
                .toList());
    }

    /**
     * The ACLED type a claim implies when the report gives no frame. ACLED codes deadly violence whose form is
     * not reported by its target: unarmed victims (civilians, people of no stated side) as Violence against
     * civilians / Attack, armed victims (forces, police, armed groups) as Battles / Armed clash; people taken as
     * abduction; arrests, damage and other claims as Strategic developments.
     */
    static EventType type(Claim c, Map<String, Actor> actors) {
        if (c.casualties() == null) {
            return EventType.STRATEGIC_DEVELOPMENTS;
        }
        Outcome o = c.casualties().outcome();
        if (o == Outcome.ARRESTED) {
            return EventType.STRATEGIC_DEVELOPMENTS;
        }
        Actor v = actors.get(c.casualties().victims());
        Actor side = v != null && v.side() != null ? actors.get(v.side()) : null;
        ActorKind kind = side != null ? side.kind() : v == null ? null : v.kind();
        boolean armed = kind != null && ARMED.contains(kind);
        return armed && o != Outcome.CAPTURED && o != Outcome.MISSING && o != Outcome.EXECUTED ? EventType.BATTLES
                : EventType.VIOLENCE_AGAINST_CIVILIANS;
    }

    private static String subType(Claim c, EventType type) {
        return switch (type) {
            case BATTLES -> "Armed clash";
            case VIOLENCE_AGAINST_CIVILIANS -> c.casualties() != null && (c.casualties().outcome() == Outcome.CAPTURED
                    || c.casualties().outcome() == Outcome.MISSING) ? "Abduction/forced disappearance" : "Attack";
            case STRATEGIC_DEVELOPMENTS -> c.casualties() != null ? "Arrests"
                    : c.kind() == ClaimKind.DAMAGE ? "Looting/property destruction" : "Other";
            default -> null;
        };
    }

    /** Deaths first, then other harm, then claims of other kinds: the gravest claim types the incident. */
    private static int rank(Claim c) {
        if (c.casualties() == null) {
            return c.kind() == ClaimKind.DAMAGE ? 10 : 11;
        }
        return switch (c.casualties().outcome()) {
            case KILLED, EXECUTED -> 0;
            case HARMED, WOUNDED -> 1;
            case CAPTURED, MISSING -> 2;
            case ARRESTED -> 3;
        };
    }

    /** The place a claim's own words name, else the report's first place (coarsened to precision 3). */
    private static Place place(Extraction x, List<Claim> claims) {
        for (Claim c : claims) {
            for (Span e : c.evidence()) {
                for (Place p : x.places()) {
                    if (p.mentions().stream().anyMatch(m -> m.start() >= e.start() && m.end() <= e.end())) {
                        return p;
                    }
                }
            }
        }
        return x.places().stream().min(Comparator.comparingInt(p -> p.mentions().stream().mapToInt(Span::start)
                .min().orElse(Integer.MAX_VALUE))).map(ReportIncident::coarse).orElse(null);
    }

    private static Place coarse(Place p) {
        return p.precision() == 3 ? p : new Place(p.id(), p.name(), p.aliases(), p.geonamesId(), p.lat(), p.lon(),
                p.country(), p.admin1(), p.admin2(), 3, p.within(), p.mentions());
    }
}
