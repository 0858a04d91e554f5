package org.crosscheck.extract.claims.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.crosscheck.extract.attribution.Attribution;
import org.crosscheck.extract.claims.ClaimDraft;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Count;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.extract.StageFixture;
import org.crosscheck.extract.events.EventDraft;
import org.crosscheck.extract.events.EventExtractor;
import org.crosscheck.extract.time.SutimeTimeResolver;
import org.crosscheck.text.AnnotatedText;
import org.crosscheck.text.HandBuilt;
import org.junit.jupiter.api.Test;

/** Numbering, merging and linking of claim drafts written by hand. */
class ClaimConsolidatorTest {
    private static final String BODY = "The army said 9 rebels died. Later the army said 9 rebels died. "
            + "The rebels denied that.";
    private static final Map<String, String> IDS = Map.of("army", "a1", "rebels", "a2");

    private static ClaimDraft draft(int sentence, String claimant, Stance stance, int from, int to, String rule) {
        Attribution who = new Attribution(claimant, null, null);
        return new ClaimDraft(sentence, 0, who, stance, ClaimKind.CASUALTIES, Outcome.KILLED, "rebels",
                stance == Stance.DENIES ? Count.exactly(0, "that") : Count.exactly(9, "9 rebels"), null, null,
                Span.of(BODY, from, to), null, rule);
    }

    @Test
    void aRepeatedFigureIsOneClaimAndADenialRefutesIt() {
        int second = BODY.indexOf("9 rebels died", 20);
        int denial = BODY.indexOf("The rebels denied");
        List<Claim> claims = new ClaimConsolidator().consolidate(List.of(
                draft(0, "army", Stance.ASSERTS, 14, 27, "casualty.count-outcome"),
                draft(1, "army", Stance.ASSERTS, second, second + 13, "casualty.frame-passive"),
                draft(2, "rebels", Stance.DENIES, denial, BODY.length() - 1, "statement.denial")),
                IDS, List.of(), Map.of()).claims();
        assertEquals(2, claims.size(), claims.toString());
        Claim figure = claims.get(0);
        assertEquals(List.of(Span.of(BODY, 14, 27), Span.of(BODY, second, second + 13)), figure.evidence());
        assertEquals("casualty.count-outcome", figure.rule(), "the claim keeps the rule of its first evidence");
        assertEquals(List.of("c1"), claims.get(1).refutes());
        assertEquals("statement.denial", claims.get(1).rule());
    }

    @Test
    void aDenialOfHarmingVictimsRefutesTheOtherPartiesFiguresOfThatHarm() {
        int second = BODY.indexOf("9 rebels died", 20);
        int denial = BODY.indexOf("The rebels denied");
        ClaimDraft wounded = new ClaimDraft(1, 0, new Attribution("army", null, null), Stance.ASSERTS,
                ClaimKind.CASUALTIES, Outcome.WOUNDED, "rebels", Count.exactly(9, "9 rebels"), null, null,
                Span.of(BODY, second, second + 13), null, "casualty.frame-passive");
        ClaimDraft denies = new ClaimDraft(2, 0, new Attribution("rebels", null, null), Stance.DENIES, ClaimKind.OTHER,
                Outcome.KILLED, "rebels", null, null, null, Span.of(BODY, denial, BODY.length() - 1), null,
                "statement.denial");
        List<Claim> claims = new ClaimConsolidator().consolidate(List.of(
                draft(0, "army", Stance.ASSERTS, 14, 27, "casualty.count-outcome"), wounded, denies),
                Map.of("army", "a1", "rebels", "a2"), List.of(), Map.of()).claims();
        assertEquals(List.of("c1"), claims.get(2).refutes(), "the killed figure, not the wounded one");
    }

    @Test
    void aBackgroundFigureIsOnNoEventAndSaysSoAndAnIncidentFigureDoesNot() {
        int second = BODY.indexOf("9 rebels died", 20);
        ClaimDraft toll = draft(0, "army", Stance.ASSERTS, 14, 27, "casualty.count-outcome");
        ClaimDraft incident = new ClaimDraft(1, 0, new Attribution("army", null, null), Stance.ASSERTS,
                ClaimKind.CASUALTIES, Outcome.WOUNDED, "rebels", Count.exactly(9, "9 rebels"), null, null,
                Span.of(BODY, second, second + 13), null, "casualty.frame-passive");
        List<Claim> claims = new ClaimConsolidator().consolidate(List.of(toll, incident), IDS, List.of(), Map.of(),
                d -> d == toll).claims();
        assertEquals(List.of(Scope.BACKGROUND, Scope.INCIDENT), claims.stream().map(Claim::scope).toList());
        assertEquals(null, claims.get(0).event());
    }

    @Test
    void aFigureAfterTheReportReturnsToAnEarlierIncidentSitsOnThatIncident() {
        AnnotatedText t = HandBuilt.text(java.time.LocalDate.of(2024, 6, 20),
                HandBuilt.sentence("Shells hit Mabanga on Monday .")
                        .tags("NNS VBD NNP IN NNP .").ner("O O LOCATION O DATE O").normalized(4, "2024-06-17"),
                HandBuilt.sentence("Rebels ambushed a convoy near Kilo on Tuesday .")
                        .tags("NNS VBD DT NN IN NNP IN NNP .").ner("O O O O O LOCATION O DATE O")
                        .normalized(7, "2024-06-18"),
                HandBuilt.sentence("The shelling of Mabanga destroyed a clinic .")
                        .tags("DT NN IN NNP VBD DT NN .").ner("O O O LOCATION O O O O"),
                HandBuilt.sentence("Nine people died .").tags("CD NNS VBD ."));
        StageFixture f = StageFixture.of(t);
        List<EventDraft> events = new EventExtractor().extract(f.ctx(), f.actors(),
                new SutimeTimeResolver().resolve(t));
        assertEquals(2, events.size());
        assertEquals(List.of(0, 2), events.get(0).sentences());
        int at = t.text().indexOf("Nine people died");
        ClaimDraft nine = new ClaimDraft(3, 0, new Attribution(null, null, null), Stance.ASSERTS,
                ClaimKind.CASUALTIES, Outcome.KILLED, "people", Count.exactly(9, "Nine"), null, null,
                Span.of(t.text(), at, at + 16), null, "casualty.frame-active");
        Claim claim = new ClaimConsolidator().consolidate(List.of(nine), Map.of("people", "a1"), events,
                Map.of(events.get(0), "e1", events.get(1), "e2")).claims().get(0);
        assertEquals("e1", claim.event(), "the shelling was told last before the figure");
    }

    @Test
    void aFigureSitsOnTheIncidentWhoseEventWordIsNearestInItsSentence() {
        AnnotatedText t = HandBuilt.text(java.time.LocalDate.of(2024, 6, 20),
                HandBuilt.sentence("Clashes went on near Kilo on Monday while rockets hit Mabanga , killing 7 .")
                        .tags("NNS VBD RP IN NNP IN NNP IN NNS VBD NNP , VBG CD .")
                        .ner("O O O O LOCATION O DATE O O O LOCATION O O NUMBER O").normalized(6, "2024-06-17"));
        StageFixture f = StageFixture.of(t);
        List<EventDraft> events = new EventExtractor().extract(f.ctx(), f.actors(),
                new SutimeTimeResolver().resolve(t));
        assertEquals(2, events.size());
        int at = t.text().indexOf("killing 7");
        ClaimDraft seven = new ClaimDraft(0, 12, new Attribution(null, null, null), Stance.ASSERTS,
                ClaimKind.CASUALTIES, Outcome.KILLED, "people", Count.exactly(7, "7"), null, null,
                Span.of(t.text(), at, at + 9), null, "casualty.frame-active");
        Claim claim = new ClaimConsolidator().consolidate(List.of(seven), Map.of("people", "a1"), events,
                Map.of(events.get(0), "e1", events.get(1), "e2")).claims().get(0);
        assertEquals("e2", claim.event(), "the rockets, not the clashes, killed seven");
    }

    @Test
    void aFigureAfterASentenceOfTwoIncidentsSitsOnTheOneToldLastInIt() {
        AnnotatedText t = HandBuilt.text(java.time.LocalDate.of(2024, 6, 20),
                HandBuilt.sentence("Clashes went on near Kilo on Monday while rockets hit Mabanga .")
                        .tags("NNS VBD RP IN NNP IN NNP IN NNS VBD NNP .")
                        .ner("O O O O LOCATION O DATE O O O LOCATION O").normalized(6, "2024-06-17"),
                HandBuilt.sentence("Nine people died .").tags("CD NNS VBD ."));
        StageFixture f = StageFixture.of(t);
        List<EventDraft> events = new EventExtractor().extract(f.ctx(), f.actors(),
                new SutimeTimeResolver().resolve(t));
        assertEquals(2, events.size());
        int at = t.text().indexOf("Nine people died");
        ClaimDraft nine = new ClaimDraft(1, 0, new Attribution(null, null, null), Stance.ASSERTS,
                ClaimKind.CASUALTIES, Outcome.KILLED, "people", Count.exactly(9, "Nine"), null, null,
                Span.of(t.text(), at, at + 16), null, "casualty.frame-active");
        Claim claim = new ClaimConsolidator().consolidate(List.of(nine), Map.of("people", "a1"), events,
                Map.of(events.get(0), "e1", events.get(1), "e2")).claims().get(0);
        assertEquals("e2", claim.event(), "the rockets were told last before the figure");
    }
}
