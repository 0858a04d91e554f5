package org.crosscheck.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneGazetteerTest {
    @TempDir
    Path dir;

    @Test
    void findsPlacesByNameAlternateAndFoldedSpelling() throws Exception {
        try (LuceneGazetteer g = Fixtures.gazetteer(dir)) {
            assertEquals(1167528L, g.lookup("Quetta", 5).get(0).geonamesId());
            assertEquals(1167528L, g.lookup("Shalkot", 5).get(0).geonamesId());
            assertEquals(1168197L, g.lookup("PEŠĀWAR", 5).get(0).geonamesId());
            // An airport code among the alternates is no name of the town.
            assertTrue(g.lookup("UET", 5).isEmpty());
            // Highest rank first: the Pakistani town before the Australian hamlet.
            List<GazetteerEntry> kalat = g.lookup("Kalat", 10);
            assertEquals(List.of("PK", "AF", "AU"), kalat.stream().map(GazetteerEntry::country).toList());
        }
    }

    @Test
    void namesDivisionsCountriesAndDemonyms() throws Exception {
        try (LuceneGazetteer g = Fixtures.gazetteer(dir)) {
            GazetteerEntry kalat = g.withAdminNames(g.lookup("Kalat", 10).stream()
                    .filter(e -> e.country().equals("PK")).findFirst().orElseThrow());
            assertEquals("Balochistan", kalat.admin1Name());
            assertEquals("Kalat", kalat.admin2Name());
            assertEquals("PK", g.demonymCountry("Pakistani"));
            assertEquals("PK", g.demonymCountry("Pakistanis"));
            assertNull(g.demonymCountry("Baloch"));
            assertEquals(GazetteerEntry.Kind.COUNTRY, g.lookup("Pakistan", 1).get(0).kind());
            assertEquals(GazetteerEntry.Kind.ADMIN1, g.lookup("Balochistan", 1).get(0).kind());
            assertEquals(GazetteerEntry.Kind.ADMIN2, g.lookup("Kalat District", 1).get(0).kind());
        }
    }

    @Test
    void variantsNeedTheSkeletonAndTheSimilarity() throws Exception {
        try (LuceneGazetteer g = Fixtures.gazetteer(dir)) {
            List<LuceneGazetteer.Variant> v = g.variants("Panjgoor", 0.75, 5);
            assertEquals("Panjgur", v.get(0).entry().name());
            assertTrue(g.variants("Kuhak", 0.75, 5).isEmpty());
        }
    }

    @Test
    void importMergesAGeoNamesDumpAndAdminCodes() throws Exception {
        try (LuceneGazetteer g = Fixtures.gazetteer(dir)) {
            assertFalse(g.hasName("Mangochar"));
        }
        GazetteerImporter imp = new GazetteerImporter();
        assertEquals(1, imp.importFile(Fixtures.resource("PK-villages.txt"), dir.resolve("gazetteer")).places());
        imp.importFile(Fixtures.resource("admin1-codes.txt"), dir.resolve("gazetteer"));
        // Importing twice replaces rather than duplicates.
        imp.importFile(Fixtures.resource("PK-villages.txt"), dir.resolve("gazetteer"));
        long t0 = System.nanoTime();
        try (LuceneGazetteer g = LuceneGazetteer.openExisting(dir.resolve("gazetteer"))) {
            assertTrue((System.nanoTime() - t0) / 1e9 < 1.0, "reopening took over a second");
            List<GazetteerEntry> m = g.lookup("Mongchar", 5);
            assertEquals(1, m.size());
            GazetteerEntry e = g.withAdminNames(m.get(0));
            assertEquals(8880001L, e.geonamesId());
            assertEquals("Balochistan", e.admin1Name());
            assertEquals("Kalat", e.admin2Name());
        }
    }
}
