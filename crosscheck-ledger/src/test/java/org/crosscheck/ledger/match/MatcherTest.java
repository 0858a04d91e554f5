package org.crosscheck.ledger.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.crosscheck.model.EventType;
import org.crosscheck.model.NameKey;
import org.junit.jupiter.api.Test;

/** The matcher's scoring rules on hand-made report events. */
class MatcherTest {
    private static Matcher.Info event(String type, LocalDate day, String place, Double lat, Double lon, String country,
                                      Integer precision, Set<String> actors) {
        return named(type, day, place, lat, lon, country, precision, actors, Set.of());
    }

    private static Matcher.Info named(String type, LocalDate day, String place, Double lat, Double lon, String country,
                                      Integer precision, Set<String> actors, Set<String> persons) {
        return info(1, type, null, day, place, place == null ? Set.of() : Set.of(NameKey.of(place)), lat, lon, country,
                null, null, precision, actors, persons);
    }

    private static Matcher.Info info(long report, String type, String subType, LocalDate day, String place,
                                     Set<String> placeKeys, Double lat, Double lon, String country, String admin1,
                                     String admin2, Integer precision, Set<String> actors, Set<String> persons) {
        return new Matcher.Info(report, "e1", EventType.fromLabel(type), subType, new Matcher.When(day, day, false),
                new Matcher.Where(place, placeKeys, lat, lon, country, admin1, admin2, precision), actors, persons);
    }

    @Test
    void anActorNamedMoreFullyIsCompatibleButWeakerThanASharedName() {
        LocalDate d = LocalDate.of(2009, 1, 6);
        Matcher.Info a = event("Explosions/Remote violence", d, "Gaza", 31.50, 34.47, "PS", 1,
                Set.of("israel defense forces", "palestinian militants"));
        Matcher.Info b = event("Battles", d.plusDays(1), "Gaza", 31.50, 34.47, "PS", 1, Set.of("militants", "israeli forces"));
        Matcher.Score s = Matcher.score(a, b);
        assertTrue(s.reasons().stream().anyMatch(r -> r.contains("compatible actors")), s.reasons().toString());
        Matcher.Info shared = event("Battles", d.plusDays(1), "Gaza", 31.50, 34.47, "PS", 1, Set.of("palestinian militants"));
        assertEquals(1.0, Matcher.score(a, shared).total() - s.total(), 1e-9, "shared name +2, contained name +1");
        Matcher.Info other = event("Battles", d.plusDays(1), "Gaza", 31.50, 34.47, "PS", 1, Set.of("hamas"));
        assertEquals(2.0, s.total() - Matcher.score(a, other).total(), 1e-9, "disjoint names -1");
        assertFalse(Matcher.score(a, other).matches());
    }

    @Test
    void containedNamesAreWholeWords() {
        assertNotNull(Matcher.contained(Set.of("army"), Set.of("federal army")));
        assertNull(Matcher.contained(Set.of("arm"), Set.of("federal army")));
        assertNull(Matcher.contained(Set.of("hamas"), Set.of("israeli forces", "fatah")));
        assertNotNull(Matcher.contained(Set.of("al al qaeda"), Set.of("al qaeda")), "repeated words are fine");
    }

    @Test
    void placesNearDifferentTownsFarApartNeverMatchButAProvinceLevelPlaceMay() {
        LocalDate d = LocalDate.of(2025, 1, 31);
        Set<String> bla = Set.of("baloch liberation army");
        Matcher.Info near = info(1, "Battles", null, d, "Mongchar", Set.of("mongchar"),
                29.03, 66.59, "PK", "Balochistan", "Kalat", 2, bla, Set.of());
        Matcher.Info farNear = info(2, "Battles", null, d, "Turbat", Set.of("turbat"),
                26.0, 63.05, "PK", "Balochistan", "Kech", 2, bla, Set.of());
        assertFalse(Matcher.score(near, farNear).compatible(), Matcher.score(near, farNear).reasons().toString());
        Matcher.Info province = info(3, "Battles", null, d, "Balochistan",
                Set.of("balochistan"), 28.5, 65.0, "PK", "Balochistan", null, 3, bla, Set.of());
        Matcher.Score s = Matcher.score(near, province);
        assertTrue(s.compatible());
        assertEquals(1.0, s.place(), 1e-9, s.reasons().toString());
        assertTrue(s.matches(), "same day, province, type and actor: " + s.reasons());
    }

    @Test
    void twoTownsTensOfKilometresApartAreTwoPlacesButADistrictAroundOneMayMatch() {
        // Fictional: shelling reported the same day in two market towns 24 km apart, by the same army.
        LocalDate d = LocalDate.of(2016, 8, 14);
        Set<String> army = Set.of("national army");
        Matcher.Info north = info(1, "Explosions/Remote violence", "Shelling/artillery/missile attack", d, "Ubari",
                Set.of("ubari"), 10.00, 20.00, "TD", "Lac", "Ubari", 1, army, Set.of());
        Matcher.Info south = info(2, "Explosions/Remote violence", "Shelling/artillery/missile attack", d, "Sendo",
                Set.of("sendo"), 9.80, 19.90, "TD", "Lac", "Sendo", 1, army, Set.of());
        Matcher.Score s = Matcher.score(north, south);
        assertFalse(s.matches(), s.reasons().toString());
        assertTrue(s.reasons().stream().anyMatch(r -> r.startsWith("different towns")), s.reasons().toString());
        Matcher.Info district = info(3, "Explosions/Remote violence", "Shelling/artillery/missile attack", d, "Lac",
                Set.of("lac"), 9.85, 19.95, "TD", "Lac", null, 3, army, Set.of());
        assertTrue(Matcher.score(north, district).matches(), Matcher.score(north, district).reasons().toString());
        Matcher.Info camp = info(4, "Explosions/Remote violence", "Shelling/artillery/missile attack", d, "Ubari camp",
                Set.of("ubari camp"), 10.03, 20.02, "TD", "Lac", "Ubari", 1, army, Set.of());
        assertTrue(Matcher.score(north, camp).matches(), "a camp 4 km from its town");
    }

    @Test
    void aCountryLevelPlaceContainsThePlacesOfThatCountry() {
        LocalDate d = LocalDate.of(2019, 5, 9);
        Matcher.Info country = info(1, "Explosions/Remote violence", "Air/drone strike", d,
                "South Sudan", Set.of("south sudan"), 7.14, 30.15, "SS", null, null, 3, Set.of(), Set.of());
        Matcher.Info lakeland = info(2, "Explosions/Remote violence", "Air/drone strike", d,
                "Lakeland", Set.of("lakeland"), 9.3, 29.8, "SS", "Lakeland", null, 3, Set.of(), Set.of());
        Matcher.Score s = Matcher.score(country, lakeland);
        assertEquals(1.0, s.place(), 1e-9, s.reasons().toString());
        assertTrue(s.matches(), s.reasons().toString());
        Matcher.Info sudan = info(3, "Explosions/Remote violence", "Air/drone strike", d,
                "Sudan", Set.of("sudan"), 15.49, 29.97, "SD", null, null, 3, Set.of(), Set.of());
        assertFalse(Matcher.score(country, sudan).compatible(), "another country");
        Matcher.Info juba = info(4, "Explosions/Remote violence", "Air/drone strike", d,
                "Juba", Set.of("juba"), 4.85, 31.58, "SS", "Central Equatoria", null, 1, Set.of(), Set.of());
        assertEquals(0.0, Matcher.score(lakeland, juba).place(), 1e-9, "a province does not contain another's town");
    }

    @Test
    void differentCountriesAndFarExactPlacesNeverMatch() {
        LocalDate d = LocalDate.of(2019, 5, 9);
        Set<String> saf = Set.of("sudan armed forces");
        Matcher.Info kerenga = event("Explosions/Remote violence", d, "Kerenga", 9.95, 30.18, "SS", 1, saf);
        assertFalse(Matcher.score(kerenga, event("Explosions/Remote violence", d, "Sudan", 15.5, 29.97, "SD", 3, saf))
                .compatible());
        assertFalse(Matcher.score(kerenga, event("Explosions/Remote violence", d, "Juba", 4.85, 31.58, "SS", 1, saf))
                .compatible());
        assertTrue(Matcher.score(kerenga, event("Explosions/Remote violence", d, "Kerenga camp", 9.96, 30.17, "SS", 1, saf))
                .matches());
    }

    @Test
    void aReportWithNoDateJoinsOnlyThroughAPersonBothNameAtTheSamePlace() {
        LocalDate d = LocalDate.of(2004, 11, 19);
        String vac = "Violence against civilians";
        Set<String> whitfield = Set.of("dana whitfield");
        Matcher.Info dated = named(vac, d, "Tal Safra", 36.335, 43.119, "IQ", 1, Set.of("insurgents"), whitfield);
        Matcher.Info undated = named(vac, null, "Tal Safra", 36.335, 43.119, "IQ", 1, Set.of("u s soldiers"), whitfield);
        Matcher.Score s = Matcher.score(undated, dated);
        assertTrue(s.matches(), s.reasons().toString());
        assertTrue(s.reasons().get(0).contains("dana whitfield"), s.reasons().toString());
        assertEquals(s.total(), Matcher.score(dated, undated).total(), 1e-9, "symmetric");

        Matcher.Info stranger = named(vac, null, "Tal Safra", 36.335, 43.119, "IQ", 1, Set.of("u s soldiers"),
                Set.of("senan shukri"));
        assertFalse(Matcher.score(stranger, dated).compatible(), "no person in common");
        Matcher.Info province = named(vac, null, "Safra", 35.9, 42.4, "IQ", 3, Set.of("u s soldiers"), whitfield);
        assertFalse(Matcher.score(province, dated).compatible(), "the same person in the same province is too little");
        Matcher.Info bothUndated = named(vac, null, "Tal Safra", 36.335, 43.119, "IQ", 1, Set.of("insurgents"), whitfield);
        assertTrue(Matcher.score(undated, bothUndated).matches(), "two undated reports of one place and person");
    }
}
