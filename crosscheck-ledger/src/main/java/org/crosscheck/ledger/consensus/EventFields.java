package org.crosscheck.ledger.consensus;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.ledger.LedgerEvent;
import org.crosscheck.model.EventType;

/**
 * What a ledger event shows, as ACLED names its columns: drawn from its reports' accounts, then corrected by
 * analysts' edits of the {@link #EDITABLE} fields (the precision follows the reports alone). Country codes are
 * ISO 3166 upper case.
 */
public record EventFields(EventType eventType, String subEventType, LocalDate startDate, LocalDate endDate,
                          DatePrecision timePrecision, String country, String admin1, String admin2, String location,
                          Double latitude, Double longitude, Integer geoPrecision, String actor1, String actor2) {
    /** The fields an analyst may correct, by their column names. */
    public static final SortedSet<String> EDITABLE = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(
            "event_type", "sub_event_type", "start_date", "end_date", "country", "admin1", "admin2", "location",
            "latitude", "longitude", "geo_precision", "actor1", "actor2")));
    private static final Constructor<EventFields> CONSTRUCTOR = canonical();

    public EventFields {
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    /** The fields a stored event shows. */
    public static EventFields of(LedgerEvent e) {
        return new EventFields(e.eventType(), e.subEventType(), e.startDate(), e.endDate(), e.timePrecision(),
                e.country(), e.admin1(), e.admin2(), e.location(), e.latitude(), e.longitude(), e.geoPrecision(),
                e.actor1(), e.actor2());
    }

    /** The fields with one corrected: {@code value} as an edit stores it (text; null clears). */
    public EventFields with(String field, String value) {
        RecordComponent[] cs = editable(field);
        Object[] values = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            values[i] = get(cs[i]);
            if (column(cs[i]).equals(field)) {
                values[i] = value == null ? null : parse(cs[i].getType(), value);
            }
        }
        try {
            return CONSTRUCTOR.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A field's value as an edit stores it, for the history's "old -> new". */
    public String text(String field) {
        for (RecordComponent c : editable(field)) {
            if (column(c).equals(field)) {
                Object v = get(c);
                return v == null ? null : v.toString();
            }
        }
        throw new IllegalStateException(field);
    }

    private static RecordComponent[] editable(String field) {
        if (!EDITABLE.contains(field)) {
            throw new IllegalArgumentException("an event's editable fields are " + EDITABLE);
        }
        return EventFields.class.getRecordComponents();
    }

    private Object get(RecordComponent c) {
        try {
            return c.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A component's column: {@code startDate} is {@code start_date}. */
    private static String column(RecordComponent c) {
        return c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static Object parse(Class<?> type, String value) {
        if (type == EventType.class) {
            return EventType.fromLabel(value);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(value);
        }
        if (type == Double.class) {
            return Double.valueOf(value);
        }
        if (type == Integer.class) {
            return Integer.valueOf(value);
        }
        return value;
    }

    private static Constructor<EventFields> canonical() {
        try {
            return EventFields.class.getDeclaredConstructor(java.util.Arrays.stream(
                    EventFields.class.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
