package org.crosscheck.ledger.store;

import java.time.Instant;
import java.time.LocalDate;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.model.EventType;
import org.crosscheck.model.NameKey;

/** What a ledger event shows, as {@link LedgerEventDao#update} writes it. */
public record EventUpdate(long id, EventType eventType, String subEventType, LocalDate startDate, LocalDate endDate,
                          DatePrecision timePrecision, String country, String admin1, String admin2, String location,
                          Double latitude, Double longitude, Integer geoPrecision, String actor1, String actor2,
                          boolean contested, int reportCount, int claimCount, Instant updatedAt) {
    public EventUpdate {
        admin1 = Columns.cut(admin1, 300);
        admin2 = Columns.cut(admin2, 300);
        location = Columns.cut(location, 500);
        actor1 = Columns.cut(actor1, 500);
        actor2 = Columns.cut(actor2, 500);
    }

    /** The province under the model's name key: what {@code --admin1} compares (see {@link V6__Admin1Keys}). */
    public String admin1Key() {
        return admin1Key(admin1);
    }

    static String admin1Key(String admin1) {
        String key = admin1 == null ? null : NameKey.of(admin1);
        return key == null || key.isEmpty() ? null : Columns.cut(key, 300);
    }
}
