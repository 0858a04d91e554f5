package org.crosscheck.extract;

import static org.crosscheck.extract.Reports.assertSpan;
import static org.crosscheck.extract.Reports.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.TimePrecision;
import org.junit.jupiter.api.Test;

/** Events with their types, places, times and parents; damage, seizure and control claims. */
class EventAndMaterialTest {
    private static final String OPERATION = "The Tarn Front said it carried out an operation in Kandahar.\n\n"
            + "According to a statement by the group, the operation began on January 31 at 8 PM. "
            + "The operation, which lasted until 4:30 AM, led to the deaths of 12 soldiers.\n\n"
            + "In Herat, the fighters clashed with troops and two armoured tanks were destroyed. "
            + "The fighters seized the weapons from a van.\n\n"
            + "The group also seized control of a police checkpoint in Maiwand without resistance.";

    @Test
    void anOperationWithItsHoursAndItsIncidents() {
        Extraction x = extract(OPERATION, LocalDate.of(2025, 2, 2));
        Event op = x.events().get(0);
        assertEquals(EventType.BATTLES, op.type());
        assertNull(op.parent());
        assertEquals("2025-01-31T20:00", op.time().start());
        assertEquals("2025-02-01T04:30", op.time().end(), "a night operation ends on the next day");
        assertEquals(TimePrecision.HOUR, op.time().precision());
        assertEquals("Kandahar", place(x, op.place()));
        List<Event> children = x.events().stream().filter(e -> op.id().equals(e.parent())).toList();
        assertEquals(List.of("Herat", "Maiwand"), children.stream().map(e -> place(x, e.place())).toList());
        assertEquals(EventType.BATTLES, children.get(0).type());
        assertEquals("2025-01-31", children.get(0).time().start(), "an incident of the operation has its days");
        assertEquals(EventType.STRATEGIC_DEVELOPMENTS, children.get(1).type());
        assertEquals("Non-violent transfer of territory", children.get(1).subType());
    }

    @Test
    void damageSeizureAndControlKeepTheReportsWords() {
        Extraction x = extract(OPERATION, LocalDate.of(2025, 2, 2));
        Claim damage = kind(x, ClaimKind.DAMAGE);
        assertEquals("two armoured tanks", damage.object());
        assertEquals(2, damage.quantity().low());
        assertSpan(OPERATION, "two armoured tanks were destroyed", damage.evidence().get(0));
        Claim seizure = kind(x, ClaimKind.SEIZURE);
        assertEquals("the weapons", seizure.object());
        Claim control = kind(x, ClaimKind.CONTROL);
        assertEquals("a police checkpoint", control.object());
        assertEquals("Tarn Front", Reports.actor(x, control.claimant()).name());
    }

    @Test
    void aCountryNamedAsAPartyDoesNotPlaceTheIncident() {
        String body = "Officials have condemned Pakistan over an air strike on Monday. The air strike hit a market in "
                + "Herat.";
        Extraction x = extract(body, LocalDate.of(2025, 2, 5));
        assertEquals(1, x.events().size(), x.events().toString());
        assertEquals(EventType.EXPLOSIONS, x.events().get(0).type());
        assertEquals("Herat", place(x, x.events().get(0).place()), "the strike's own sentence places it");
    }

    @Test
    void anIncidentIsPlacedAtTheInnermostPlaceItsSentenceNames() {
        String body = "Our reporter was at Jalalabad in Nangarhar when it was bombed on Monday.";
        Extraction x = extract(body, LocalDate.of(2025, 2, 5));
        assertEquals(1, x.events().size(), x.events().toString());
        assertEquals("Jalalabad", place(x, x.events().get(0).place()), x.places().toString());
    }

    @Test
    void anIncidentIsNotPlacedWhereItsSourcesSpeakFrom() {
        String body = "Two soldiers were killed in an ambush on Monday, sources in Kandahar said.";
        Extraction x = extract(body, LocalDate.of(2025, 2, 5));
        assertEquals(1, x.events().size(), x.events().toString());
        assertNull(x.events().get(0).place(), "the report does not say where the ambush was");
        // Kandahar is still a place of the report; it only places no incident.
        assertTrue(x.places().stream().anyMatch(p -> p.name().equals("Kandahar")));
    }

    private static Claim kind(Extraction x, ClaimKind kind) {
        return x.claims().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + " claim in " + x.claims()));
    }

    private static String place(Extraction x, String id) {
        return x.places().stream().filter(p -> p.id().equals(id)).map(p -> p.name()).findFirst().orElse(null);
    }
}
