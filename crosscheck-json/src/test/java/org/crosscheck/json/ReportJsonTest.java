package org.crosscheck.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
import org.crosscheck.model.Place;
import org.crosscheck.model.ReportMeta;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.model.TimeRange;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    private static final String BODY = "The rebels said they killed at least 4 soldiers in Tarn.";

    private static Extraction sample() {
        ReportMeta meta = new ReportMeta("0".repeat(64), "T", null, null, LocalDate.of(2024, 3, 2), "en",
                BODY.length(), null);
        Actor rebels = new Actor("a1", "rebels", List.of("The rebels"), ActorKind.ARMED_GROUP, null, null, null,
                List.of(Span.of(BODY, 0, 10)));
        Actor soldiers = new Actor("a2", "soldiers", List.of(), ActorKind.STATE_FORCES, null, null, null, List.of());
        Place tarn = new Place("p1", "Tarn", List.of("Tarn"), 42L, 1.5, 2.5, "FR", null, null, 1, null,
                List.of(Span.of(BODY, 51, 55)));
        Event e = new Event("e1", EventType.EXPLOSIONS, "Air/drone strike", null,
                new TimeRange("2024-03-01", "2024-03-01", TimePrecision.DAY, null), "p1", List.of("a1", "a2"), null,
                List.of(Span.of(BODY, 21, 55)), "event.noun");
        Claim c = new Claim("c1", "a1", null, Span.of(BODY, 11, 15), Stance.ASSERTS, ClaimKind.CASUALTIES, "e1",
                new Casualties(Outcome.KILLED, "a2", Count.atLeast(4, "at least 4")), null, null, List.of(),
                List.of(Span.of(BODY, 21, 47)), "casualty.outcome-count");
        return new Extraction(meta, List.of(rebels, soldiers), List.of(tarn), List.of(e), List.of(c));
    }

    @Test
    void writesTheSchemaFieldNamesAndCodes() {
        String json = new ReportJson().write(sample());
        assertTrue(json.contains("\"geonames_id\":42"), json);
        assertTrue(json.contains("\"sub_type\":\"Air/drone strike\""), json);
        assertTrue(json.contains("\"type\":\"Explosions/Remote violence\""), json);
        assertTrue(json.contains("\"kind\":\"armed_group\""), json);
        assertTrue(json.contains("\"outcome\":\"killed\""), json);
        assertTrue(json.contains("\"speaks_for\":null"), json);
        assertTrue(json.contains("\"published\":\"2024-03-02\""), json);
        assertTrue(json.contains("\"precision\":\"day\""), json);
        assertTrue(json.contains("\"high\":null"), json);
        assertTrue(json.contains("\"rule\":\"casualty.outcome-count\""), json);
        assertTrue(json.contains("\"rule\":\"event.noun\""), json);
    }

    @Test
    void readsADocumentWrittenBeforeRulesWereNamed() {
        ReportJson codec = new ReportJson();
        String json = codec.write(sample()).replaceAll(",\"rule\":\"[^\"]*\"", "");
        Extraction read = codec.read(json);
        assertEquals(null, read.claims().get(0).rule());
        assertEquals(null, read.events().get(0).rule());
        assertEquals(sample().claims().get(0).evidence(), read.claims().get(0).evidence());
    }

    @Test
    void readsBackWhatItWrote() {
        ReportJson codec = new ReportJson();
        Extraction original = sample();
        assertEquals(original, codec.read(codec.write(original)));
        assertEquals(original, codec.read(codec.writePretty(original)));
    }

    @Test
    void writesAScopeOnlyForABackgroundFigureAndReadsItBack() {
        ReportJson codec = new ReportJson();
        String incident = codec.write(sample());
        assertTrue(!incident.contains("\"scope\""), "an incident figure writes no scope: " + incident);
        assertEquals(Scope.INCIDENT, codec.read(incident).claims().get(0).scope());

        Extraction x = sample();
        Claim c = x.claims().get(0);
        Claim toll = new Claim(c.id(), c.claimant(), c.via(), c.cue(), c.stance(), c.kind(), null, c.casualties(),
                c.object(), c.quantity(), c.refutes(), c.evidence(), c.rule(), Scope.BACKGROUND);
        Extraction background = new Extraction(x.report(), x.actors(), x.places(), x.events(), List.of(toll));
        String json = codec.write(background);
        assertTrue(json.contains("\"scope\":\"background\""), json);
        assertEquals(background, codec.read(json));
    }

    @Test
    void refusesABackgroundFigureOnAnEvent() {
        Claim c = sample().claims().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Claim(c.id(),
                c.claimant(), c.via(), c.cue(), c.stance(), c.kind(), "e1", c.casualties(), c.object(), c.quantity(),
                c.refutes(), c.evidence(), c.rule(), Scope.BACKGROUND));
        assertTrue(e.getMessage().contains("no event"), e.getMessage());
    }

    @Test
    void refusesASpanWhoseTextDoesNotFitItsOffsets() {
        ReportJson codec = new ReportJson();
        String json = codec.write(sample()).replace("\"start\":21,\"end\":47", "\"start\":21,\"end\":48");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.read(json));
        assertTrue(e.getMessage().contains("span text length"), e.getMessage());
    }
}
