package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data rules of the bundled build: country points, regions, US counties, index versioning. */
class GazetteerDataTest {
    @TempDir
    Path dir;

    @Test
    void countryPointIsBetweenThePackagePointAndTheMainLandmass() throws Exception {
        // A big square island (0..10 E, 0..10 N) and a small one far away: the big one is the main landmass.
        String geo = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[10,0],[10,10],[0,10],[0,0]]],"
                + "[[[100,50],[101,50],[101,51],[100,51],[100,50]]]]}}]}";
        Path f = dir.resolve("xxx.geo.json");
        Files.writeString(f, geo);
        double[] c = CountryPoints.mainLandmassCentroid(new ObjectMapper().readTree(geo));
        assertEquals(5.0, c[0], 1e-9);
        assertEquals(5.0, c[1], 1e-9);
        double[] p = CountryPoints.point(9, 9, f);
        assertEquals(7.0, p[0], 1e-9);
        assertEquals(7.0, p[1], 1e-9);
        // Without an outline the package's point stands.
        double[] q = CountryPoints.point(9, 9, dir.resolve("none.geo.json"));
        assertEquals(9.0, q[0], 1e-9);
    }

    @Test
    void regionsSitAtTheirCentreOfPopulationAndHaveTheirEnglishNames() {
        GazetteerEntry a = country("AA", 50, 10, 1_000_000);
        GazetteerEntry b = country("BB", 50, 20, 3_000_000);
        GazetteerEntry far = country("CC", 60, 100, 100_000_000);
        GazetteerEntry r = CountryPoints.region("Europe", true, List.of(a, b, far), List.of(1.0, 1.0, 1.0));
        // CC lies over 2,500 km from the plain mean and is left out; BB weighs three times AA.
        assertTrue(r.lon() > 15 && r.lon() < 20, "lon " + r.lon());
        assertEquals("CONT", r.featureCode());
        assertEquals(GazetteerEntry.Kind.REGION, r.kind());
        assertEquals(List.of("Northern Africa", "North Africa"), CountryPoints.regionNames("Northern Africa"));
        assertTrue(CountryPoints.regionNames("Europe").contains("EU"));
        assertEquals(List.of("European"), CountryPoints.regionDemonyms("Europe"));
        assertEquals(List.of("African"), CountryPoints.regionDemonyms("Africa"));
        assertEquals(List.of(), CountryPoints.regionDemonyms("Americas"));
    }

    @Test
    void usCountiesFromThePostalDump() throws Exception {
        Map<String, GazetteerEntry> c = DivisionRecords.usCounties(Fixtures.resource("gazetteer-us/us-postal.txt"),
                Map.of("US.TX.001", 57_000L));
        GazetteerEntry anderson = c.get("US.TX.001");
        assertEquals("Anderson County", anderson.name());
        assertEquals(GazetteerEntry.Kind.ADMIN2, anderson.kind());
        assertEquals((31.76 + 32.05) / 2, anderson.lat(), 1e-9);
        assertEquals(57_000L, anderson.population());
        assertEquals("Acadia Parish", c.get("US.LA.001").name());
        // Independent cities are towns, not counties.
        assertNull(c.get("US.VA.520"));
        assertTrue(DivisionRecords.usCounties(dir.resolve("absent.txt"), Map.of()).isEmpty());
    }

    @Test
    void bundledIndexCarriesItsVersionAndRegionsAnswerTheirAdjectives() throws Exception {
        try (LuceneGazetteer g = Fixtures.gazetteer(dir)) {
            assertFalse(IndexBuilds.outdated(dir.resolve("gazetteer")));
            GazetteerEntry asia = g.demonymPlace("Asian");
            assertNotNull(asia);
            assertEquals("Asia", asia.name());
            assertEquals("PK", g.demonymPlace("Pakistani").country());
            assertEquals(GazetteerEntry.Kind.REGION, g.lookup("South Asia", 1).get(0).kind());
            // A first-level division with three places sits at their mean, not at the package's point.
            GazetteerEntry baloch = g.lookup("Balochistan", 1).get(0);
            assertEquals((29.02663 + 30.18414 + 26.97186) / 3, baloch.lat(), 0.1);
        }
    }

    private static GazetteerEntry country(String cc, double lat, double lon, long pop) {
        return new GazetteerEntry("cc:" + cc, null, cc, List.of(), lat, lon, "A", "PCLI", cc, "", "", pop, null, null);
    }
}
