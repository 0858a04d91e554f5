package org.crosscheck.server;

import java.util.function.Consumer;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.CrosscheckConfig;

/**
 * Everything {@code crosscheck serve} opens, in order, and closes in reverse: the ledger, the
 * search index (rebuilt when the ledger changed since it was built), the token store and the HTTP server.
 *
 * <p>Thread-safety: open and close from one thread; the parts it holds are thread-safe.
 */
public final class ServerRuntime implements AutoCloseable {
    private final Ledger ledger;
    private final Catalog catalog;
    private final CrosscheckServer server;
    private final int port;

    private ServerRuntime(Ledger ledger, Catalog catalog, CrosscheckServer server, int port) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.server = server;
        this.port = port;
    }

    /** Opens the ledger of {@code config}, brings its index up to date and starts serving. */
    public static ServerRuntime start(CrosscheckConfig config, CrosscheckServer.Options options,
                                      Consumer<String> progress) {
        Ledger ledger = Ledger.open(config);
        Catalog catalog = null;
        try {
            catalog = new Catalog(CrosscheckServer.indexDir(config));
            long t0 = System.nanoTime();
            if (catalog.ensureFresh(ledger, progress)) {
                progress.accept(String.format("search index built in %.1f s (%s)", (System.nanoTime() - t0) / 1e9,
                        ledger.stats()));
            }
            CrosscheckServer server = new CrosscheckServer(new LedgerApi(ledger, catalog),
                    new TokenStore(CrosscheckServer.tokenFile(config)), options);
            int port = server.start();
            return new ServerRuntime(ledger, catalog, server, port);
        } catch (RuntimeException e) {
            if (catalog != null) {
                catalog.close();
            }
            ledger.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Catalog catalog() {
        return catalog;
    }

    @Override
    public void close() {
        server.close();
        catalog.close();
        ledger.close();
    }
}
