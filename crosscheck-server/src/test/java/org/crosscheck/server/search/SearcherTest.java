package org.crosscheck.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.ledger.StoredReport;
import org.crosscheck.model.NameKey;
import org.crosscheck.server.http.ServerJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search on an index of hand-made report documents: snippets from the index's offsets, bounds. */
class SearcherTest {
    @TempDir
    Path dir;
    SearchIndex index;
    Searcher searcher;

    @BeforeEach
    void open() throws Exception {
        index = SearchIndex.open(dir, ServerJson.mapper());
        StringBuilder body = new StringBuilder();
        while (body.length() < 500_000) {
            body.append("Nothing of note happened in the hills that week. ");
        }
        body.append("Then a convoy was ambushed near the river crossing. Quiet followed.");
        add(1, "A long report from the hills", body.toString());
        add(2, "Convoy attacked", "Officials said a convoy was hit. Karamba and Kiraz and Kuru were named.");
        index.writer.commit();
        index.searchers.maybeRefreshBlocking();
        searcher = new Searcher(index, name -> Set.of(NameKey.of(name)));
    }

    void add(long id, String title, String body) throws Exception {
        index.writer.addDocument(index.documents.report(new StoredReport(id, "r" + id + ".txt", title, "Outlet",
                null, LocalDate.of(2024, 1, (int) id), "en", true, null, 1, body)));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void theSnippetOfALongReportIsAroundItsMatch() {
        List<Searcher.Hit> hits = searcher.search("ambushed", null, 10);
        assertEquals(1, hits.size());
        Searcher.Hit h = hits.get(0);
        assertEquals("1", h.id());
        assertEquals(1, h.marks().size());
        Searcher.Mark m = h.marks().get(0);
        assertEquals("ambushed", h.snippet().substring(m.start(), m.end()));
        assertTrue(h.snippet().length() < 300, h.snippet());
    }

    @Test
    void aMatchInTheTitleShowsTheStartOfTheBody() {
        List<Searcher.Hit> hits = searcher.search("attacked", null, 10);
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).snippet().startsWith("Officials said"), hits.get(0).snippet());
    }

    @Test
    void fuzzyAndPrefixTermsAreBounded() {
        assertEquals(2, searcher.search("convo~1", null, 10).size());
        assertEquals(1, searcher.search("kar*", null, 10).size());
        IllegalArgumentException prefix = assertThrows(IllegalArgumentException.class,
                () -> searcher.search("k*", null, 10));
        assertTrue(prefix.getMessage().contains("prefix"), prefix.getMessage());
        String many = "aa~1 bb~1 cc~1 dd~1 ee~1 ff~1 gg~1 hh~1 ii~1";
        IllegalArgumentException fuzzy = assertThrows(IllegalArgumentException.class,
                () -> searcher.search(many, null, 10));
        assertTrue(fuzzy.getMessage().contains("at most " + BoundedQueryParser.MAX_EXPANDING_TERMS), fuzzy.getMessage());
        searcher.search("aa~1 bb~1 cc~1 dd~1 ee~1 ff~1 gg~1 hh~1", null, 10);
    }
}
