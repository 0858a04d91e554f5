package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command's measurements and output, on a fake extractor. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private final FakeExtractor fake = new FakeExtractor();

    @Test
    void jsonHasEveryFigureMeasured() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "one two three\n");
        Files.writeString(dir.resolve("b.txt"), "title: B\n\nfour five\nsix seven\n");
        Files.writeString(dir.resolve("c.txt"), "");
        CliRun r = CliRun.run(fake.factory(), "bench", "--json", "--warmup", "2", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("c.txt: empty file (skipped)"), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(2, j.get("reports").asInt());
        assertEquals(1, j.get("unreadable").asInt());
        assertEquals(7, j.get("words").asLong());
        assertEquals(2, j.get("warmup_passes").asInt());
        assertEquals(6, fake.extracted.get(), "two warm-up passes and one measured pass over two reports");
        for (String field : new String[] {"load_ms", "first_result_ms", "articles_per_s", "articles_per_s_per_core",
            "words_per_s", "p50_ms", "p95_ms", "peak_heap_bytes", "max_heap_bytes", "peak_rss_bytes", "date",
            "load_average", "cpu_p50_ms", "articles_per_cpu_s"}) {
            assertTrue(j.has(field), field);
        }
        assertTrue(j.get("articles_per_s").asDouble() > 0);
        assertTrue(j.get("articles_per_cpu_s").asDouble() > 0, "the fake extractor uses some CPU");
        assertTrue(j.get("peak_heap_bytes").asLong() > 0);
        assertTrue(j.get("first_result_ms").asLong() > 0);
    }

    @Test
    void tableIsTheDefault() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "one two three\n");
        CliRun r = CliRun.run(fake.factory(), "bench", "--warmup", "0", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("articles/s"), r.out());
        assertTrue(r.out().contains("p50"), r.out());
        assertTrue(r.out().contains("peak heap"), r.out());
    }

    @Test
    void everyReportFailingIsExitOne() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "CRASH now\n");
        CliRun r = CliRun.run(fake.factory(), "bench", "--warmup", "0", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("every report failed"), r.err());
    }

    @Test
    void percentilesAreNearestRank() {
        double[] v = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
        assertEquals(5, BenchCommand.percentile(v, 50));
        assertEquals(10, BenchCommand.percentile(v, 95));
        assertEquals(1, BenchCommand.percentile(new double[] {1}, 95));
        assertEquals(3, BenchCommand.countWords("  a b\n\tc "));
    }
}
