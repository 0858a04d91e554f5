package org.crosscheck.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;

/** The figures of a report's main incident, on hand-built extractions. */
class MainIncidentTest {
    private static final String BODY =
            "A gunman shot two clerks; one died. Police said 40 people died in the county this year.";
    private final List<Claim> claims = new ArrayList<>();

    private void claim(String event, Outcome outcome, Count count, int start) {
        claim(event, outcome, count, start, "a1");
    }

    private void claim(String event, Outcome outcome, Count count, int start, String victims) {
        claims.add(new Claim("c" + (claims.size() + 1), Claim.OUTLET, null, null, Stance.ASSERTS, ClaimKind.CASUALTIES,
                event, new Casualties(outcome, victims, count), null, null, List.of(),
                List.of(Span.of(BODY, start, start + 3)), "test"));
    }

    private MainIncident.Figures figures(String... events) {
        List<Event> es = new ArrayList<>();
        for (String e : events) {
            es.add(new Event(e, EventType.VIOLENCE_AGAINST_CIVILIANS, null, null, null, null, List.of(), null,
                    List.of(Span.of(BODY, 0, 1))));
        }
        Actor people = new Actor("a1", "people", List.of(), ActorKind.OTHER, null, null, null, List.of());
        Actor clerks = new Actor("a2", "clerks", List.of(), ActorKind.CIVILIANS, null, null, null, List.of());
        Actor omar = new Actor("a3", "Omar Haddad", List.of(), ActorKind.PERSON, null, null, null, List.of());
        Actor nadia = new Actor("a4", "Nadia Karimi", List.of(), ActorKind.PERSON, null, null, null, List.of());
        return new MainIncident().figures(new Extraction(new ReportMeta("0".repeat(64), null, null, null, null, "en",
                BODY.length(), null), List.of(people, clerks, omar, nadia), List.of(), es, claims));
    }

    @Test
    void theFirstClaimOnAnEventNamesTheIncidentAndEventlessTotalsCountForNone() {
        claim("e1", Outcome.WOUNDED, Count.exactly(2, "two"), 15, "a2");
        claim("e1", Outcome.KILLED, Count.exactly(1, "one"), 26);
        claim(null, Outcome.KILLED, Count.exactly(40, "40"), 48);
        assertEquals(new MainIncident.Figures(1, 2), figures("e1"));
    }

    @Test
    void claimsOnAnotherEventAreLeftOutAndTheLargestFigureOfAnOutcomeIsTaken() {
        claim("e2", Outcome.KILLED, Count.atLeast(3, "at least 3"), 26);
        claim("e1", Outcome.KILLED, Count.exactly(1, "one"), 15);
        claim("e2", Outcome.KILLED, Count.exactly(9, "9"), 48);
        claim("e1", Outcome.EXECUTED, Count.exactly(2, "two"), 30);
        assertEquals(new MainIncident.Figures(2, 0), figures("e1", "e2"));
    }

    @Test
    void personsNamedOneByOneAreDistinctVictims() {
        claim("e1", Outcome.KILLED, Count.exactly(1, "Omar Haddad"), 15, "a3");
        claim("e1", Outcome.KILLED, Count.exactly(1, "Nadia Karimi"), 26, "a4");
        claim("e1", Outcome.KILLED, Count.exactly(1, "Haddad"), 30, "a3");
        claim("e1", Outcome.KILLED, Count.exactly(1, "a clerk"), 48, "a2");
        assertEquals(new MainIncident.Figures(2, 0), figures("e1"));
    }

    @Test
    void theWoundedWhoDiedAreNotInjured() {
        claim("e1", Outcome.WOUNDED, Count.exactly(2, "two clerks"), 15, "a2");
        claim("e1", Outcome.KILLED, Count.exactly(1, "one clerk"), 26, "a2");
        claim("e1", Outcome.WOUNDED, Count.exactly(1, "one"), 48);
        assertEquals(new MainIncident.Figures(1, 1), figures("e1"));
    }

    @Test
    void withoutEventsEveryNumericClaimCountsAndVagueOnesDoNot() {
        claim(null, Outcome.WOUNDED, Count.vague("several"), 10);
        claim(null, Outcome.WOUNDED, Count.exactly(4, "4"), 20);
        claim(null, Outcome.CAPTURED, Count.exactly(7, "7"), 30);
        assertEquals(new MainIncident.Figures(0, 4), figures());
    }
}
