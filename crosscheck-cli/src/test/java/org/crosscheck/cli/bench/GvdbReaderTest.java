package org.crosscheck.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading GVDB's TSV: the gold counts from the victims' outcomes, bad rows named and left out. */
class GvdbReaderTest {
    static final String HEADER = "Article id\tArticle url\tArticle title\tFull text\tJson\tWorker\n";

    @TempDir
    Path dir;

    static String row(String id, String text, String... victims) {
        return id + "\thttp://example.org/" + id + "\tTitle " + id + "\t" + text + "\t{\"victim-section\":["
                + String.join(",", victims) + "]}\tW1\n";
    }

    static String victim(String... was) {
        return "{\"victim-was\":[" + String.join(",", List.of(was).stream().map(w -> "\"" + w + "\"").toList())
                + "]}";
    }

    @Test
    void killedAreVictimsMarkedKilledAndInjuredTheHurtWhoDidNotDie() throws IOException {
        Path f = dir.resolve("d.tsv");
        Files.writeString(f, HEADER
                + row("7", "A clerk was shot dead and two customers were hurt.", victim("killed"),
                        victim("injured", "hospitalized"), victim("hospitalized"), victim("injured", "killed"))
                + row("8", "Nobody was hurt.", victim()));
        List<String> problems = new ArrayList<>();
        List<GvdbArticle> a = new GvdbReader().read(f, problems::add);
        assertEquals(List.of(), problems);
        assertEquals(2, a.size());
        assertEquals("7", a.get(0).id());
        assertEquals("A clerk was shot dead and two customers were hurt.", a.get(0).text());
        assertEquals(2, a.get(0).killed());
        assertEquals(2, a.get(0).injured());
        assertEquals(0, a.get(1).killed());
        assertEquals(0, a.get(1).injured());
    }

    @Test
    void theTitleRunIntoTheTextBecomesAParagraphOfItsOwn() {
        GvdbArticle a = new GvdbArticle("3", "u", "Clerk shot near depot", "Clerk shot near depotTULSA - A clerk was "
                + "shot.", 0, 1);
        assertEquals("Clerk shot near depot\n\nTULSA - A clerk was shot.", a.body());
        GvdbArticle other = new GvdbArticle("4", "u", "Other title", "A clerk was shot.", 0, 1);
        assertEquals("A clerk was shot.", other.body());
    }

    @Test
    void aBadRowIsNamedAndTheOthersRead() throws IOException {
        Path f = dir.resolve("d.tsv");
        Files.writeString(f, HEADER + "9\tonly\tthree\n" + "10\tu\tt\ttext\t{not json\tW\n"
                + row("11", "text", victim("killed")));
        List<String> problems = new ArrayList<>();
        List<GvdbArticle> a = new GvdbReader().read(f, problems::add);
        assertEquals(1, a.size());
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).contains("d.tsv: line 2: 3 columns"), problems.get(0));
        assertTrue(problems.get(1).contains("line 3: the annotation column is not JSON"), problems.get(1));
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() throws IOException {
        Path f = dir.resolve("other.tsv");
        Files.writeString(f, "id\ttext\n1\thello\n");
        IOException e = assertThrows(IOException.class, () -> new GvdbReader().read(f, p -> { }));
        assertTrue(e.getMessage().contains("other.tsv: not a GVDB file"), e.getMessage());
    }
}
