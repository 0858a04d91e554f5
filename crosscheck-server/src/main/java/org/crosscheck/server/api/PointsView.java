package org.crosscheck.server.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.server.search.PointColumns;

/** The map's points as rows of {@link #FIELDS}, compact because there may be tens of thousands. Immutable. */
record PointsView(List<String> fields, List<Row> points, boolean truncated) {
    static final List<String> FIELDS = List.of("id", "lat", "lon", "fatalities", "contested", "date");

    static PointsView of(PointColumns c) {
        List<Row> rows = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            rows.add(new Row(c.id(i), c.lat(i), c.lon(i), c.fatalities(i), c.contested(i) ? 1 : 0, c.date(i)));
        }
        return new PointsView(FIELDS, rows, c.truncated());
    }

    /** One point: {@code [id, lat, lon, deaths under the policy or null, 1 if contested else 0, first day or null]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record Row(long id, double lat, double lon, Integer fatalities, int contested, LocalDate date) {
    }
}
