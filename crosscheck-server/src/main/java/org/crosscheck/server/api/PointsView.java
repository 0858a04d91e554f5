package org.crosscheck.server.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.server.search.Searcher;

/** The map's points as rows of {@link #FIELDS}, compact because there may be tens of thousands. Immutable. */
record PointsView(List<String> fields, List<Row> points, boolean truncated) {
    static final List<String> FIELDS = List.of("id", "lat", "lon", "fatalities", "contested", "date");

    PointsView(List<Row> points, boolean truncated) {
        this(FIELDS, points, truncated);
    }

    /** One point: {@code [id, lat, lon, deaths under the policy or null, 1 if contested else 0, first day or null]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record Row(long id, double lat, double lon, Integer fatalities, int contested, LocalDate date) {
        static Row of(Searcher.Point p) {
            return new Row(p.id(), p.lat(), p.lon(), p.fatalities(), p.contested() ? 1 : 0, p.date());
        }
    }
}
