package org.crosscheck.geo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoCorpusReaderTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GeoCorpusReaderTest.class.getResource("/" + name).toURI());
    }

    @Test
    void geoVirusSpansShiftedFromTheirNameAreMovedOntoItAndCounted() throws Exception {
        GeoCorpusReader.Corpus c = new GeoCorpusReader().read(resource("bench/geovirus-shifted.xml"));
        assertEquals(GeoCorpusReader.Format.GEOVIRUS, c.format());
        assertFalse(c.exhaustive());
        // Maiduguri one character late, Abuja one early, Beira one late, Nampula stated at 0: moved.
        assertEquals(4, c.realigned());
        // Lusaka is nowhere in its article: left out.
        assertEquals(1, c.unaligned());
        BenchArticle a = c.articles().get(0);
        String t = a.text();
        assertEquals(List.of("Kano", "Maiduguri", "Abuja"), a.located().stream().map(GoldToponym::text).toList());
        for (GoldToponym g : a.located()) {
            assertEquals(g.text(), t.substring(g.start(), g.end()));
        }
        assertEquals(t.indexOf("Maiduguri"), a.located().get(1).start());
        assertEquals(t.indexOf("Abuja") + 5, a.located().get(2).end());
        BenchArticle b = c.articles().get(1);
        assertEquals(List.of("Beira", "Maputo", "Nampula"), b.located().stream().map(GoldToponym::text).toList());
        assertEquals(b.text().indexOf("Nampula"), b.located().get(2).start());
        assertEquals(-15.12, b.located().get(2).lat());
    }

    @Test
    void theNearestOccurrenceWins() {
        String text = "Kano and Kano";
        assertEquals(9, GeoCorpusReader.nearest(text, "Kano", 8, false));
        assertEquals(0, GeoCorpusReader.nearest(text, "Kano", 2, false));
        assertEquals(-1, GeoCorpusReader.nearest(text, "kano", 2, false));
        assertEquals(0, GeoCorpusReader.nearest(text, "kano", 2, true));
    }

    @Test
    void lglOffsetsAreTakenAsTheyAre(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("lgl.xml");
        Files.writeString(f, "<articles><article docid=\"7\"><text>Fire in Dayton, Ohio.</text><toponyms>"
                + "<toponym><start>8</start><end>14</end><phrase>Dayton</phrase><gaztag geonameid=\"1\">"
                + "<lat>39.76</lat><lon>-84.19</lon></gaztag></toponym></toponyms></article></articles>");
        GeoCorpusReader.Corpus c = new GeoCorpusReader().read(f);
        assertEquals(GeoCorpusReader.Format.LGL, c.format());
        assertEquals(0, c.realigned());
        assertEquals("Dayton", c.articles().get(0).located().get(0).text());
    }
}
