package org.crosscheck.server.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The server's Lucene index, kept beside the ledger: derived data, rebuilt from the ledger by the {@link Indexer}
 * and read by the {@link Searcher}. Thread-safe: searches run concurrently on a {@link SearcherManager}; writes go
 * through Lucene's thread-safe {@link IndexWriter} followed by a refresh, so a search sees an update whole or not.
 */
public final class SearchIndex implements AutoCloseable {
    private final Directory dir;
    final IndexWriter writer;
    final SearcherManager searchers;
    final Analyzer analyzer = new StandardAnalyzer();
    final Documents documents;

    private SearchIndex(Directory dir, ObjectMapper json) throws IOException {
        this.dir = dir;
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(dir, cfg);
        this.searchers = new SearcherManager(writer, null);
        this.documents = new Documents(json);
    }

    /** Opens (or creates) the index in {@code path}, its owner's alone; {@code json} writes the rows it stores. */
    public static SearchIndex open(Path path, ObjectMapper json) {
        try {
            OwnerOnlyDirectory dir = OwnerOnlyDirectory.open(path);
            SearchIndex index = new SearchIndex(dir, json);
            dir.restrictExisting();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + path + ": " + e.getMessage(), e);
        }
    }

    /** The commit data the index was last committed with (format and fingerprint). */
    Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    /** Work on a searcher of the latest refresh. */
    @FunctionalInterface
    interface SearchWork<T> {
        T run(IndexSearcher s) throws IOException;
    }

    <T> T withSearcher(SearchWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
