package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.json.ReportJson;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command on small files, with a fake extractor: no NLP model is loaded. */
class ExtractCommandTest {
    static final String BODY = "Militants attacked a checkpoint in the district on Monday, killing at least five "
            + "soldiers, the army said in a statement. The group has claimed responsibility for the attack.\n";

    @TempDir
    Path dir;

    private final FakeExtractor fake = new FakeExtractor();
    private final ReportJson json = new ReportJson();

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private CliRun run(String... args) {
        return CliRun.run(fake.factory(), args);
    }

    @Test
    void singleReportPrintsIndentedJsonWithHeaderAndOverrides() throws IOException {
        Path p = write("a.txt", "title: Header title\noutlet: Header outlet\npublished: 2025-02-02\n\n" + BODY);
        CliRun r = run("extract", "--title", "CLI title", "--url", "https://example.org/a", p.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("{\n"), r.out());
        Extraction e = json.read(r.out());
        assertEquals("CLI title", e.report().title());
        assertEquals("Header outlet", e.report().outlet());
        assertEquals("https://example.org/a", e.report().url());
        assertEquals(LocalDate.of(2025, 2, 2), e.report().published());
        assertEquals(Hashing.sha256Hex(BODY), e.report().id());
        assertEquals(1, fake.created.get());
    }

    @Test
    void explainNamesTheRuleBehindEachClaimWithItsWords() throws IOException {
        Path p = write("a.txt", BODY);
        CliRun r = run("extract", "--explain", p.toString());
        assertEquals(0, r.exit(), r.err());
        String first = BODY.substring(0, BODY.indexOf(' '));
        assertTrue(r.out().contains("c1   fake.first-word"), r.out());
        assertTrue(r.out().contains("\"" + first + "\" @0"), r.out());
        assertTrue(json.read(run("extract", p.toString()).out()).claims().get(0).rule().equals("fake.first-word"));
    }

    @Test
    void publishedOptionOverridesHeader() throws IOException {
        Path p = write("a.txt", "published: 2025-02-02\n\n" + BODY);
        CliRun r = run("extract", "--published", "2024-01-31", p.toString());
        assertEquals(LocalDate.of(2024, 1, 31), json.read(r.out()).report().published());
        CliRun unknown = run("extract", "--published", "unknown", p.toString());
        assertEquals(null, json.read(unknown.out()).report().published());
    }

    @Test
    void directoryGivesOneLinePerReportInNameOrderOnBothThreads() throws IOException {
        for (String n : List.of("c.txt", "a.txt", "b.txt")) {
            write("in/" + n, "title: " + n + "\n\n" + BODY);
        }
        write("in/notes.md", "not a report");
        CliRun r = run("extract", "--threads", "2", dir.resolve("in").toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length);
        assertArrayEquals(new String[] {"a.txt", "b.txt", "c.txt"},
                Arrays.stream(lines).map(l -> json.read(l).report().title()).toArray());
        assertEquals(1, fake.created.get(), "one extractor shared by the workers");
        assertEquals(3, fake.extracted.get());
    }

    @Test
    void outWritesNameJsonAtomicallyAndPrintsNothing() throws IOException {
        Path a = write("in/a.txt", "title: A\n\n" + BODY);
        write("in/b.txt", "title: B\n\n" + BODY);
        Path out = dir.resolve("out/nested");
        CliRun r = run("extract", "--out", out.toString(), dir.resolve("in").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("a.json", "b.json"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals("A", json.read(Files.readString(out.resolve("a.json"))).report().title());
        // a second run replaces the file
        Files.writeString(a, "title: A2\n\n" + BODY);
        assertEquals(0, run("extract", "--out", out.toString(), a.toString()).exit());
        assertEquals("A2", json.read(Files.readString(out.resolve("a.json"))).report().title());
    }

    @Test
    void outputNameClashIsAFailureNotAnOverwrite() throws IOException {
        Path one = write("x/r.txt", "title: one\n\n" + BODY);
        Path two = write("y/r.txt", "title: two\n\n" + BODY);
        Path out = dir.resolve("out");
        CliRun r = run("extract", "--out", out.toString(), one.toString(), two.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(two + ": its output r.json would overwrite that of " + one), r.err());
        assertEquals("one", json.read(Files.readString(out.resolve("r.json"))).report().title());
    }

    @Test
    void outThatIsAFileIsAUsageError() throws IOException {
        Path file = write("plain", "x");
        CliRun r = run("extract", "--out", file.toString(), write("a.txt", BODY).toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("crosscheck: --out " + file + " is not a directory\n"), r.err());
    }

    @Test
    void badInputFailsFastWithoutLoadingThePipeline() throws IOException {
        Path empty = write("empty.txt", "");
        CliRun r = run("extract", empty.toString());
        assertEquals(1, r.exit());
        assertEquals("crosscheck: " + empty + ": empty file\n", r.err());
        assertEquals("", r.out());
        assertEquals(0, fake.created.get(), "no pipeline for a run whose every input is bad");
    }

    @Test
    void batchCarriesOnPastBadReportsAndListsThemAtTheEnd() throws IOException {
        Path in = dir.resolve("batch");
        write("batch/01-good.txt", "title: good\n\n" + BODY);
        write("batch/02-empty.txt", "");
        write("batch/03-binary.txt", new byte[] {'G', 'I', 'F', '8', 0, 1, 2, 3});
        write("batch/04-latin1.txt", ("Caf\u00e9 " + BODY).getBytes(StandardCharsets.ISO_8859_1));
        write("batch/05-french.txt", "Les militants ont attaqué un poste de contrôle dans le district lundi, tuant au "
                + "moins cinq soldats, selon un communiqué de l'armée. Le groupe a revendiqué l'attaque.");
        write("batch/06-date.txt", "title: t\npublished: 2 Feb 2025\n\n" + BODY);
        write("batch/07-big.txt", "x".repeat(2000));
        write("batch/08-good.txt", "title: good too\n\n" + BODY);
        CliRun r = run("extract", "--max-bytes", "1K", "--quiet", in.toString());
        assertEquals(1, r.exit(), r.err());
        List<String> titles = r.out().lines().map(l -> json.read(l).report().title()).toList();
        assertEquals(List.of("good", "good too"), titles);
        String[] err = r.errLines();
        assertEquals("crosscheck: " + in.resolve("02-empty.txt") + ": empty file", err[0]);
        assertEquals("crosscheck: " + in.resolve("03-binary.txt") + ": binary file (NUL byte at byte 4)", err[1]);
        assertEquals("crosscheck: " + in.resolve("04-latin1.txt") + ": invalid UTF-8 at byte 3 (line 1): 0xE9",
                err[2]);
        assertTrue(err[3].startsWith("crosscheck: " + in.resolve("05-french.txt") + ": not English (detected: fr;"),
                err[3]);
        assertEquals("crosscheck: " + in.resolve("06-date.txt")
                + ": malformed header: published date '2 Feb 2025' is neither YYYY-MM-DD nor 'unknown'", err[4]);
        assertEquals("crosscheck: " + in.resolve("07-big.txt")
                + ": too large: 2.0 KB (2000 bytes) is over the limit of 1.0 KB (1024 bytes) (see --max-bytes)",
                err[5]);
        assertEquals("crosscheck: 6 of 8 reports failed:", err[6]);
        assertEquals("  " + in.resolve("02-empty.txt") + ": empty file", err[7]);
        assertEquals(13, err.length);
        assertEquals(1, fake.created.get());
    }

    @Test
    void missingFileAndEmptyDirectoryAreFailures() throws IOException {
        Files.createDirectories(dir.resolve("nothing"));
        Path good = write("a.txt", BODY);
        CliRun r = run("extract", dir.resolve("missing.txt").toString(), dir.resolve("nothing").toString(),
                good.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.out().lines().count());
        assertTrue(r.err().contains(dir.resolve("missing.txt") + ": no such file or directory\n"), r.err());
        assertTrue(r.err().contains(dir.resolve("nothing") + ": no .txt files in this directory\n"), r.err());
        assertTrue(r.err().contains("crosscheck: 2 of 3 reports failed:"), r.err());
    }

    @Test
    void unexpectedExtractorErrorIsOneLineUnlessDebug() throws IOException {
        Path crash = write("crash.txt", "CRASH " + BODY);
        CliRun r = run("extract", crash.toString());
        assertEquals(1, r.exit());
        assertEquals("crosscheck: " + crash + ": internal error: IllegalStateException: fake extractor crashed",
                r.errLines()[0]);
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
        assertTrue(r.err().contains("--debug"));
        CliRun debug = run("extract", "--debug", crash.toString());
        assertEquals(1, debug.exit());
        assertTrue(debug.err().contains("\tat org.crosscheck.cli.FakeExtractor.extract"), debug.err());
    }

    @Test
    void pipelineThatCannotLoadStopsTheBatchWithOneMessage() throws IOException {
        write("in/a.txt", BODY);
        write("in/b.txt", BODY);
        CliRun r = CliRun.run(FakeExtractor.failing(new IllegalStateException("models jar missing")), "extract",
                dir.resolve("in").toString());
        assertEquals(1, r.exit());
        assertEquals("crosscheck: cannot load the extraction pipeline: IllegalStateException: models jar missing\n",
                r.err());
    }

    @Test
    void crlfReportGetsSameOutputAsLf() throws IOException {
        Path lf = write("lf.txt", "title: T\n\n" + BODY + "Second line.\n");
        Path crlf = write("crlf.txt", ("title: T\n\n" + BODY + "Second line.\n").replace("\n", "\r\n"));
        assertEquals(run("extract", lf.toString()).out(), run("extract", crlf.toString()).out());
    }

    @Test
    void progressLinesForLongBatches() throws IOException {
        for (int i = 0; i < 12; i++) {
            write(String.format("many/%02d.txt", i), BODY);
        }
        CliRun r = run("extract", dir.resolve("many").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("[12/12] "), r.err());
        assertEquals(12, r.out().lines().count());
        CliRun quiet = run("extract", "-q", dir.resolve("many").toString());
        assertEquals("", quiet.err());
    }
}
