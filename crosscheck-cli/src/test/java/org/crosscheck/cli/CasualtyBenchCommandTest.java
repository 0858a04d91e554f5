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

/** {@code bench casualties} on a small GVDB-format file and a fake extractor that finds no casualties. */
class CasualtyBenchCommandTest {
    @TempDir
    Path dir;

    private final FakeExtractor fake = new FakeExtractor();

    private Path corpus() throws IOException {
        Path f = dir.resolve("gv.tsv");
        Files.writeString(f, "Article id\tArticle url\tArticle title\tFull text\tJson\tWorker\n"
                + "1\tu\tt\tA man was shot dead.\t{\"victim-section\":[{\"victim-was\":[\"killed\"]}]}\tW\n"
                + "2\tu\tt\tShots were fired; nobody was hurt.\t{\"victim-section\":[]}\tW\n"
                + "3\tu\tt\tCRASH\t{\"victim-section\":[]}\tW\n");
        return f;
    }

    @Test
    void figuresBesideTheBaselinesAndAFailedArticleNamed() throws IOException {
        Path misses = dir.resolve("misses.tsv");
        CliRun r = CliRun.run(fake.factory(), "bench", "casualties", "--json", "--misses", misses.toString(),
                corpus().toString());
        assertEquals(1, r.exit(), "an article failed");
        assertTrue(r.err().contains("article 3: IllegalStateException: fake extractor crashed"), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(3, j.get("articles").asInt());
        assertEquals(1, j.get("failed").asInt());
        JsonNode killed = j.get("killed");
        assertEquals(2.0 / 3, killed.get("system").get("exact").asDouble(), 1e-3, "the fake answers 0");
        assertEquals(2.0 / 3, killed.get("always_0").get("exact").asDouble(), 1e-3);
        assertEquals(1.0 / 3, killed.get("always_1").get("zero_nonzero").asDouble(), 1e-3);
        assertEquals("1\tkilled\t1\t0", Files.readAllLines(misses).get(0));
    }

    @Test
    void aMissingFileIsOneLine() {
        CliRun r = CliRun.run(fake.factory(), "bench", "casualties", dir.resolve("none.tsv").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("none.tsv: no such file"), r.err());
        assertEquals(0, fake.created.get(), "no pipeline loaded for nothing");
    }

    @Test
    void limitTakesTheFirstArticles() throws IOException {
        CliRun r = CliRun.run(fake.factory(), "bench", "casualties", "--limit", "2", corpus().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("articles 2, failed 0"), r.out());
        assertTrue(r.out().contains("killed   system      0.500       0.500"), r.out());
    }
}
