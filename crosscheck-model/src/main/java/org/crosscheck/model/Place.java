package org.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * One real location: gazetteer name where resolved (else the text), every spelling seen in {@code aliases},
 * coordinates when known, and ACLED's precision (1 the place itself, 2 near it or a district, 3 only the
 * province or region). {@code within} is the id of an enclosing place named in the same report. Immutable.
 */
public record Place(String id, String name, List<String> aliases, Long geonamesId, Double lat, Double lon,
                    String country, String admin1, String admin2, int precision, String within,
                    List<Span> mentions) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (precision < 1 || precision > 3) {
            throw new IllegalArgumentException("precision must be 1, 2 or 3: " + precision);
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("a place has both coordinates or neither: " + name);
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("coordinates out of range for " + name + ": " + lat + "," + lon);
        }
        if (id.equals(within)) {
            throw new IllegalArgumentException("place " + id + " cannot be within itself");
        }
        aliases = Lists.copy(aliases);
        mentions = Lists.copy(mentions);
    }

    public boolean hasCoordinates() {
        return lat != null;
    }
}
