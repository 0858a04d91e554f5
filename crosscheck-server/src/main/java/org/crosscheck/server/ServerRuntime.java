package org.crosscheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.files.OwnerOnly;
import org.crosscheck.server.http.ServerJson;
import org.crosscheck.server.search.Indexer;
import org.crosscheck.server.search.SearchIndex;
import org.crosscheck.server.search.Searcher;
import org.crosscheck.server.token.TokenStore;

/**
 * Everything {@code crosscheck serve} opens, in order, and closes in reverse: the ledger, the search index
 * (rebuilt when the ledger changed since it was built), the token store and the HTTP server.
 *
 * <p>Thread-safety: open and close from one thread; the parts it holds are thread-safe.
 */
public final class ServerRuntime implements AutoCloseable {
    private final Ledger ledger;
    private final SearchIndex index;
    private final Indexer indexer;
    private final CrosscheckServer server;
    private final int port;

    private ServerRuntime(Ledger ledger, SearchIndex index, Indexer indexer, CrosscheckServer server, int port) {
        this.ledger = ledger;
        this.index = index;
        this.indexer = indexer;
        this.server = server;
        this.port = port;
    }

    /** Opens the ledger of {@code config}, brings its index up to date and starts serving; adds no reports. */
    public static ServerRuntime start(CrosscheckConfig config, CrosscheckServer.Options options,
                                      Consumer<String> progress) {
        return start(config, options, null, progress);
    }

    /**
     * Opens the ledger of {@code config}, brings its index up to date and starts serving, adding the reports sent
     * to it through {@code intake} (null: none). While it runs, this process is the ledger's one writer: the
     * command line adds reports through it ({@code crosscheck ingest --server}).
     */
    public static ServerRuntime start(CrosscheckConfig config, CrosscheckServer.Options options, ReportIntake intake,
                                      Consumer<String> progress) {
        Ledger ledger = Ledger.open(config);
        SearchIndex index = null;
        try {
            restrictEmbeddedStore(config);
            ObjectMapper json = ServerJson.mapper();
            index = SearchIndex.open(CrosscheckServer.indexDir(config), json);
            Indexer indexer = new Indexer(index, ledger);
            long t0 = System.nanoTime();
            if (indexer.ensureFresh(progress)) {
                progress.accept(String.format("search index built in %.1f s (%s)", (System.nanoTime() - t0) / 1e9,
                        ledger.stats().summary()));
            }
            CrosscheckServer server = new CrosscheckServer(ledger, indexer, new Searcher(index, ledger::partyKeys),
                    new TokenStore(CrosscheckServer.tokenFile(config)), options, json, intake);
            int port = server.start();
            return new ServerRuntime(ledger, index, indexer, server, port);
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            }
            ledger.close();
            throw e;
        }
    }

    /**
     * The embedded ledger the server serves is made its owner's alone (folder 0700, files 0600): a private server
     * keeps reading behind a token, which a world-readable database file would undo.
     */
    static void restrictEmbeddedStore(CrosscheckConfig config) {
        Path folder = CrosscheckServer.embeddedStoreFolder(config);
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            OwnerOnly.folder(folder);
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                OwnerOnly.file(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the ledger folder " + folder + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** Keeps the index equal to the ledger; for tools and tests that write to the ledger directly. */
    public Indexer indexer() {
        return indexer;
    }

    @Override
    public void close() {
        server.close();
        index.close();
        ledger.close();
    }
}
