package org.crosscheck.ledger.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crosscheck.ledger.Countries;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.EventType;
import org.crosscheck.model.NameKey;

/**
 * The UCDP GED columns of an exported row, every one in UCDP's order (the record's order is the file's), meaning
 * what UCDP's codebook says they mean. UCDP's own identifiers (relid, conflict, dyad and side ids, Gleditsch-Ward
 * numbers) are empty: the ledger has none.
 */
record UcdpColumns(long id, String relid, Integer year, Integer activeYear, String codeStatus,
                   int typeOfViolence, String conflictDsetId, String conflictNewId, String conflictName,
                   String dyadDsetId, String dyadNewId, String dyadName,
                   @JsonProperty("side_a_dset_id") String sideADsetId, @JsonProperty("side_a_new_id") String sideANewId,
                   String sideA, @JsonProperty("side_b_dset_id") String sideBDsetId,
                   @JsonProperty("side_b_new_id") String sideBNewId, String sideB, int numberOfSources,
                   String sourceArticle, String sourceOffice, LocalDate sourceDate, String sourceHeadline,
                   String sourceOriginal, Integer wherePrec, String gwnoa, String gwnob, String whereCoordinates,
                   String whereDescription, @JsonProperty("adm_1") String adm1, @JsonProperty("adm_2") String adm2,
                   Double latitude, Double longitude, String geomWkt, Integer priogridGid, String country,
                   String countryId, String region, int eventClarity, Integer datePrec, LocalDate dateStart,
                   LocalDate dateEnd, int deathsA, int deathsB, int deathsCivilians, int deathsUnknown, int best,
                   int high, int low) {
    /** Where the event is and who reported it: the parts of a row the event record does not hold. */
    record Sources(int count, String outlets, String urls, LocalDate firstPublished, String claimants) {
    }

    static UcdpColumns of(LedgerEvent e, Sources src, SideFigures fig, ExportActors actors) {
        Countries.Country c = Countries.of(e.country());
        Integer where = wherePrecision(e, c);
        Integer date = e.startDate() == null ? null : datePrecision(e);
        return new UcdpColumns(e.id(), null, e.startDate() == null ? null : e.startDate().getYear(), null, null,
                typeOfViolence(e, actors), null, null, null, null, null,
                e.actor1() == null || e.actor2() == null ? null : e.actor1() + " - " + e.actor2(), null, null,
                e.actor1(), null, null, e.actor2(), src.count(), src.urls(), src.outlets(), src.firstPublished(),
                null, src.claimants(), where, null, null, e.location(),
                String.join(", ", java.util.stream.Stream.of(e.location(), e.admin2(), e.admin1(),
                        c == null ? e.country() : c.name()).filter(s -> s != null && !s.isBlank()).distinct()
                        .toList()),
                e.admin1(), e.admin2(), e.latitude(), e.longitude(),
                e.latitude() == null ? null : "POINT (" + e.longitude() + " " + e.latitude() + ")",
                priogrid(e.latitude(), e.longitude()), c == null ? e.country() : c.name(), null,
                c == null ? null : c.ucdpRegion(), date != null && date == 1 && where != null && where <= 2 ? 1 : 2,
                date, e.startDate(), e.endDate(), orZero(fig.sideA().best()), orZero(fig.sideB().best()),
                orZero(fig.civilians().best()), orZero(fig.unknown().best()), orZero(fig.total().best()),
                orZero(fig.total().high()), orZero(fig.total().low()));
    }

    /**
     * UCDP's type of violence, always set: 3 one-sided (violence against civilians), 1 state-based when a side is
     * a state's force or government, 2 non-state when both sides are known and neither is; an event whose sides
     * the reports do not tell counts as state-based, UCDP's most common type.
     */
    static int typeOfViolence(LedgerEvent e, ExportActors actors) {
        if (e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
            return 3;
        }
        ActorKind a = actors.kindOf(e.actor1());
        ActorKind b = actors.kindOf(e.actor2());
        boolean state = List.of(ActorKind.STATE_FORCES, ActorKind.POLICE, ActorKind.GOVERNMENT).stream()
                .anyMatch(k -> k == a || k == b);
        if (state) {
            return 1;
        }
        return a == ActorKind.ARMED_GROUP || a == ActorKind.POLITICAL_GROUP
                ? b == ActorKind.ARMED_GROUP || b == ActorKind.POLITICAL_GROUP ? 2 : 1 : 1;
    }

    /**
     * UCDP GED: 1 the exact place, 2 within about 25 km of it, 3 a district, 4 a province, 6 only the country.
     * The ledger's precision 3 ("only the province or region") is 6 when the place is the country itself.
     */
    static Integer wherePrecision(LedgerEvent e, Countries.Country c) {
        if (e.geoPrecision() == null) {
            return e.country() == null ? null : 6;
        }
        return switch (e.geoPrecision()) {
            case 1 -> 1;
            case 2 -> 2;
            default -> e.admin1() == null || c != null && NameKey.of(c.name()).equals(NameKey.of(e.location()))
                    ? 6 : 4;
        };
    }

    /**
     * UCDP GED: 1 the exact day, 2 a span of 2-6 days, 3 a week, 4 a month, 5 a year. A publication date standing
     * in for the day counts as the week before it.
     */
    static int datePrecision(LedgerEvent e) {
        DatePrecision p = e.timePrecision();
        if (p == DatePrecision.MONTH) {
            return 4;
        }
        if (p == DatePrecision.YEAR) {
            return 5;
        }
        if (p == DatePrecision.WEEK || p == DatePrecision.PUBLISHED) {
            return 3;
        }
        if (e.endDate() != null) {
            long days = ChronoUnit.DAYS.between(e.startDate(), e.endDate());
            if (days >= 7) {
                return days > 31 ? 5 : 4;
            }
            if (days >= 1) {
                return 2;
            }
        }
        return 1;
    }

    /** PRIO-GRID's cell id: half-degree cells numbered row by row from (-90, -180), 720 to a row. */
    static Integer priogrid(Double lat, Double lon) {
        if (lat == null || lon == null) {
            return null;
        }
        int row = (int) Math.min(359, Math.floor((lat + 90) / 0.5));
        int col = (int) Math.min(719, Math.floor((lon + 180) / 0.5));
        return row * 720 + col + 1;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
