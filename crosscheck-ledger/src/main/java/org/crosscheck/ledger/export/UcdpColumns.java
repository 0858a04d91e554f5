package org.crosscheck.ledger.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.model.EventType;

/**
 * The UCDP GED columns of an exported row, in the order written (the record's order is the file's), meaning what
 * UCDP's codebook says they mean.
 */
record UcdpColumns(long id, Integer year, Integer typeOfViolence, String sideA, String sideB, String country,
                   @JsonProperty("adm_1") String adm1, @JsonProperty("adm_2") String adm2, String whereCoordinates,
                   Integer wherePrec, Double latitude, Double longitude, int datePrec, LocalDate dateStart,
                   LocalDate dateEnd, int deathsA, int deathsB, int deathsCivilians, int deathsUnknown, int best,
                   int high, int low, String sourceArticle) {
    static UcdpColumns of(LedgerEvent e, String source, SideFigures fig) {
        return new UcdpColumns(e.id(), e.startDate() == null ? null : e.startDate().getYear(),
                // One-sided violence is the only UCDP type the ACLED type tells for certain.
                e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS ? 3 : null, e.actor1(), e.actor2(),
                e.country(), e.admin1(), e.admin2(), e.location(), wherePrecision(e.geoPrecision()), e.latitude(),
                e.longitude(), datePrecision(e), e.startDate(), e.endDate(), orZero(fig.sideA().best()),
                orZero(fig.sideB().best()), orZero(fig.civilians().best()), orZero(fig.unknown().best()),
                orZero(fig.total().best()), orZero(fig.total().high()), orZero(fig.total().low()), source);
    }

    /** UCDP GED: 1 the exact place, 3 within a district, 4 a province or coarser. */
    private static Integer wherePrecision(Integer geoPrecision) {
        return geoPrecision == null ? null : switch (geoPrecision) {
            case 1 -> 1;
            case 2 -> 3;
            default -> 4;
        };
    }

    /** UCDP GED: 1 exact day, 2 a span of 2-6 days, 3 a week, 4 a month, 5 a year. */
    private static int datePrecision(LedgerEvent e) {
        DatePrecision p = e.timePrecision();
        if (p == DatePrecision.MONTH) {
            return 4;
        }
        if (p == DatePrecision.YEAR) {
            return 5;
        }
        if (p == DatePrecision.WEEK) {
            return 3;
        }
        if (e.startDate() != null && e.endDate() != null) {
            long days = ChronoUnit.DAYS.between(e.startDate(), e.endDate());
            if (days >= 7) {
                return 3;
            }
            if (days >= 1) {
                return 2;
            }
        }
        return p == DatePrecision.PUBLISHED ? 2 : 1;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
