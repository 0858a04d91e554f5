package org.crosscheck.ledger.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.crosscheck.ledger.Countries;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.EventType;

/**
 * The ACLED columns of an exported row, every one in ACLED's order (the record's order is the file's), meaning
 * what ACLED's codebook says they mean, so that existing scripts read the file. Columns the ledger has nothing
 * for (associated actors, admin3, source scale, tags) are present and empty.
 */
record AcledColumns(String eventIdCnty, LocalDate eventDate, Integer year, Integer timePrecision,
                    String disorderType, EventType eventType, String subEventType, String actor1,
                    @JsonProperty("assoc_actor_1") String assocActor1, Integer inter1, String actor2,
                    @JsonProperty("assoc_actor_2") String assocActor2, Integer inter2, Integer interaction,
                    String civilianTargeting, Integer iso, String region, String country, String admin1,
                    String admin2, String admin3, String location, Double latitude, Double longitude,
                    Integer geoPrecision, String source, String sourceScale, String notes, int fatalities,
                    String tags, Long timestamp) {
    static AcledColumns of(LedgerEvent e, String source, String notes, SideFigures fig, ExportActors actors,
                           Long timestamp) {
        Countries.Country c = Countries.of(e.country());
        Integer inter1 = inter(actors.kindOf(e.actor1()));
        Integer inter2 = inter(actors.kindOf(e.actor2()));
        boolean civilians = e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS || actors.civiliansHarmed();
        return new AcledColumns((c == null ? "XXX" : c.iso3()) + e.id(), e.startDate(),
                e.startDate() == null ? null : e.startDate().getYear(),
                e.startDate() == null ? null : timePrecision(e.timePrecision()), disorderType(e.eventType()),
                e.eventType(), e.subEventType(), e.actor1(), null, inter1, e.actor2(), null, inter2,
                interaction(inter1, inter2), civilians ? "Civilian targeting" : null,
                c == null ? null : c.isoNumeric(), c == null ? null : c.acledRegion(),
                c == null ? e.country() : c.name(), e.admin1(), e.admin2(), null, e.location(), e.latitude(),
                e.longitude(), e.geoPrecision(), source, null, notes,
                fig.total().best() == null ? 0 : fig.total().best(), null, timestamp);
    }

    /** ACLED: 1 the day is known, 2 the week, 3 the month or coarser; a publication date counts as the week. */
    private static int timePrecision(DatePrecision p) {
        if (p == null) {
            return 2;
        }
        return switch (p) {
            case MINUTE, HOUR, DAY -> 1;
            case WEEK, PUBLISHED -> 2;
            default -> 3;
        };
    }

    /** ACLED's disorder type of an event type (riots are coded as demonstrations). */
    private static String disorderType(EventType t) {
        if (t == null) {
            return null;
        }
        return switch (t) {
            case BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS -> "Political violence";
            case PROTESTS, RIOTS -> "Demonstrations";
            case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
        };
    }

    /**
     * ACLED's actor codes (1 state forces, 2 rebel groups, 3 political militias, 7 civilians) from the kind the
     * reports give an actor; none for kinds ACLED has no code for.
     */
    static Integer inter(ActorKind k) {
        if (k == null) {
            return null;
        }
        return switch (k) {
            case STATE_FORCES, POLICE, GOVERNMENT -> 1;
            case ARMED_GROUP -> 2;
            case POLITICAL_GROUP -> 3;
            case CIVILIANS -> 7;
            default -> null;
        };
    }

    /** ACLED: the two actor codes, lower first ("12"); an actor alone is its code and 0 ("10"). */
    private static Integer interaction(Integer a, Integer b) {
        if (a == null && b == null) {
            return null;
        }
        if (a == null || b == null) {
            return (a == null ? b : a) * 10;
        }
        return Math.min(a, b) * 10 + Math.max(a, b);
    }
}
