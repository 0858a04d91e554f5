package org.crosscheck.ledger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.ledger.bench.Synthetic;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Casualties;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.ReportMeta;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;

/** Background is what the extractor marks so, wherever the report tells it; every other figure counts an incident. */
class ClaimPlacementTest {
    /** A campaign's toll in the lead, then the incident, then a figure the extractor tied to no event. */
    static final String BODY = "Troops have killed hundreds of insurgents since the offensive began, the ministry "
            + "says. On Friday insurgents attacked a police post in Morrow, killing four officers. Two more officers "
            + "died in hospital, a doctor said.";

    private static final List<Actor> ACTORS = List.of(
            new Actor("a1", "Insurgents", List.of(), ActorKind.ARMED_GROUP, null, null, null, List.of()),
            new Actor("a2", "Police", List.of(), ActorKind.POLICE, null, null, null, List.of()));

    private static Claim claim(String id, String victims, Count count, String words, String event, Scope scope) {
        return new Claim(id, Claim.OUTLET, null, null, Stance.ASSERTS, ClaimKind.CASUALTIES, event,
                new Casualties(Outcome.KILLED, victims, count), null, null, List.of(),
                List.of(Synthetic.span(BODY, words)), null, scope);
    }

    private static final Count HUNDREDS = Count.vague("hundreds");

    private static Extraction report(List<Event> events, Claim... claims) {
        ReportMeta meta = new ReportMeta("0".repeat(64), "T", null, null, LocalDate.of(2022, 5, 7), "en",
                BODY.length(), null);
        return new Extraction(meta, ACTORS, List.of(), events, List.of(claims));
    }

    private static final Event POST = new Event("e1", EventType.BATTLES, "Armed clash", null, null, null,
            List.of("a1", "a2"), null, List.of(Synthetic.span(BODY, "insurgents attacked a police post in Morrow")));

    private static Map<String, String> eventOf(ClaimPlacement p) {
        return p.placed().claims().stream().filter(c -> c.event() != null)
                .collect(Collectors.toMap(Claim::id, Claim::event));
    }

    @Test
    void aTollMarkedBackgroundStaysOffTheIncidentEvenInTheLead() {
        ClaimPlacement p = ClaimPlacement.of(report(List.of(POST),
                claim("c1", "a1", HUNDREDS, "killed hundreds of insurgents", null, Scope.BACKGROUND),
                claim("c2", "a2", Count.exactly(4, "four"), "killing four officers", "e1", Scope.INCIDENT)));
        assertEquals(Set.of("c1"), p.background());
        assertEquals(Map.of("c2", "e1"), eventOf(p));
    }

    @Test
    void aFigureOnNoEventAndNotMarkedBackgroundJoinsTheMainIncidentWhereverItIsTold() {
        ClaimPlacement p = ClaimPlacement.of(report(List.of(POST),
                claim("c1", "a1", HUNDREDS, "killed hundreds of insurgents", null, Scope.INCIDENT),
                claim("c2", "a2", Count.exactly(4, "four"), "killing four officers", "e1", Scope.INCIDENT),
                claim("c3", "a2", Count.exactly(2, "Two"), "Two more officers died", null, Scope.INCIDENT)));
        assertEquals(Set.of(), p.background());
        assertEquals(Map.of("c1", "e1", "c2", "e1", "c3", "e1"), eventOf(p));
        assertTrue(p.placed().claims().stream().noneMatch(Claim::background));
    }

    @Test
    void aReportWithNoIncidentKeepsItsBackgroundAndMakesAnIncidentOfTheOtherFigures() {
        ClaimPlacement p = ClaimPlacement.of(report(List.of(),
                claim("c1", "a1", HUNDREDS, "killed hundreds of insurgents", null, Scope.BACKGROUND),
                claim("c2", "a2", Count.exactly(2, "Two"), "Two more officers died", null, Scope.INCIDENT)));
        assertEquals(Set.of("c1"), p.background());
        assertEquals(Map.of("c2", ReportIncident.LOCAL_ID), eventOf(p));
        assertEquals(1, p.placed().events().size());
    }

    @Test
    void aReportOfBackgroundOnlyMakesNoIncident() {
        ClaimPlacement p = ClaimPlacement.of(report(List.of(),
                claim("c1", "a1", HUNDREDS, "killed hundreds of insurgents", null, Scope.BACKGROUND)));
        assertEquals(Set.of("c1"), p.background());
        assertEquals(List.of(), p.placed().events());
    }
}
