package org.crosscheck.server.view;

/** A place of events as the places list shows it, with how many events are placed there. Immutable. */
public record PlaceSummary(String location, String country, String admin1, String admin2, Double latitude,
                           Double longitude, long events) {
}
