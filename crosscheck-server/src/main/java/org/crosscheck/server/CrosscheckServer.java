package org.crosscheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.CrosscheckConfig;
import org.crosscheck.server.api.ClaimantsController;
import org.crosscheck.server.api.EditsController;
import org.crosscheck.server.api.ChartsController;
import org.crosscheck.server.api.EventsController;
import org.crosscheck.server.api.ExportController;
import org.crosscheck.server.api.IngestController;
import org.crosscheck.server.api.ReportsController;
import org.crosscheck.server.api.SearchController;
import org.crosscheck.server.api.TokensController;
import org.crosscheck.server.http.Access;
import org.crosscheck.server.http.ApiException;
import org.crosscheck.server.http.Errors;
import org.crosscheck.server.http.JettyErrors;
import org.crosscheck.server.http.OpenApi;
import org.crosscheck.server.http.Params;
import org.crosscheck.server.http.RequestLimits;
import org.crosscheck.server.http.Route;
import org.crosscheck.server.http.Routes;
import org.crosscheck.server.http.SecurityHeaders;
import org.crosscheck.server.http.WriteLimit;
import org.crosscheck.server.search.DeathsPolicy;
import org.crosscheck.server.search.EventOrder;
import org.crosscheck.server.search.Indexer;
import org.crosscheck.server.search.Searcher;
import org.crosscheck.server.token.TokenStore;

/**
 * {@code crosscheck serve}: the REST API under {@code /api} (one controller per resource), its OpenAPI document at
 * {@code /openapi.json}, and the web UI (pages and assets from the jar; no CDN). Access is by route role (see
 * {@link Access}); errors of every kind are one JSON shape (see {@link Errors}).
 *
 * <p>Thread-safety: handlers run on Jetty's threads concurrently; all state they share (ledger, index, token
 * store) is thread-safe. {@link #start()} and {@link #close()} are for the owning thread.
 */
public final class CrosscheckServer implements AutoCloseable {
    private static final String WEB = "/org/crosscheck/server/web";

    /** How the server runs: address, port, and whether reading needs a token too. */
    public record Options(String host, int port, boolean privateMode) {
    }

    private final Routes routes = new Routes();
    private final TokenStore tokens;
    private final Options options;
    private final ObjectMapper json;
    private Javalin app;

    /** @param intake how to read and extract reports sent to {@code POST /api/reports}; null: the route answers 503 */
    public CrosscheckServer(Ledger ledger, Indexer indexer, Searcher searcher, TokenStore tokens, Options options,
                            ObjectMapper json, ReportIntake intake) {
        this.tokens = tokens;
        this.options = options;
        this.json = json;
        new EventsController(ledger, searcher).routes(routes);
        new ChartsController(ledger, searcher).routes(routes);
        new ReportsController(ledger, searcher).routes(routes);
        new IngestController(ledger, indexer, intake).routes(routes);
        new SearchController(searcher).routes(routes);
        new ExportController(ledger, searcher).routes(routes);
        new TokensController(options.privateMode()).routes(routes);
        new EditsController(ledger, indexer).routes(routes);
        new ClaimantsController(ledger).routes(routes);
    }

    /** The search index of a ledger: beside the embedded store, or in the data folder for PostgreSQL. */
    public static Path indexDir(CrosscheckConfig config) {
        String url = config.jdbcUrl();
        if (url == null || url.isBlank()) {
            return config.ledgerDir().resolveSibling("server-index");
        }
        if (url.startsWith("jdbc:h2:file:")) {
            return h2File(url).resolveSibling("server-index");
        }
        return config.dataDir().resolve("server-index-" + Integer.toHexString(url.split("\\?")[0].hashCode()));
    }

    /** The folder of the embedded (H2 file) ledger, or null for a ledger on a server. */
    static Path embeddedStoreFolder(CrosscheckConfig config) {
        String url = config.jdbcUrl();
        if (url == null || url.isBlank()) {
            return config.ledgerDir().toAbsolutePath();
        }
        return url.startsWith("jdbc:h2:file:") ? h2File(url).getParent() : null;
    }

    private static Path h2File(String url) {
        return Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]).toAbsolutePath();
    }

    /** The token file: in the data folder. */
    public static Path tokenFile(CrosscheckConfig config) {
        return config.dataDir().resolve("tokens.json");
    }

    /** Starts listening; returns the port (useful with port 0). */
    public int start() {
        Access.Check access = new Access.Check(tokens, options.privateMode());
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.maxRequestSize = RequestLimits.MAX_BODY_BYTES;
            cfg.http.generateEtags = false;
            cfg.jetty.host = options.host();
            cfg.jetty.port = options.port();
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            cfg.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(RequestLimits.MIN_BYTES_PER_SECOND));
            Params.register(cfg.validation);
            cfg.validation.register(EventOrder.class, EventOrder::parse);
            cfg.validation.register(DeathsPolicy.class, DeathsPolicy::parse);
            cfg.bundledPlugins.enableGlobalHeaders(SecurityHeaders::configure);
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/assets";
                sf.directory = WEB;
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "max-age=300");
            });
            cfg.routes.before(RequestLimits::noMethodOverride);
            cfg.routes.before("/api/*", ctx -> {
                ctx.header("Cache-Control", "no-store");
                RequestLimits.declaredSize(ctx);
            });
            // Every matched route: its role decides who may call it (pages and /openapi.json have none: open).
            cfg.routes.beforeMatched(ctx -> {
                access.handle(ctx);
                RequestLimits.matched(ctx);
            });
            WriteLimit writes = new WriteLimit();
            for (Route r : routes.list()) {
                cfg.routes.addEndpoint(Endpoint.create(r.method(), r.path()).addMetadata(new Roles(Set.of(r.access())))
                        .addMetadata(r).handler(r.writes() ? writes.around(r.handler()) : r.handler()));
            }
            cfg.routes.get("/openapi.json", ctx -> ctx.json(OpenApi.document(routes.list(), options.privateMode())));
            cfg.routes.get("/", ctx -> page(ctx, "index.html"));
            cfg.routes.get("/events/{id}", ctx -> page(ctx, "event.html"));
            cfg.routes.get("/search", ctx -> page(ctx, "search.html"));
            cfg.routes.get("/charts", ctx -> page(ctx, "charts.html"));
            cfg.routes.get("/claimants/{name}", ctx -> page(ctx, "claimant.html"));
            cfg.routes.get("/upload", ctx -> page(ctx, "upload.html"));
            Errors.register(cfg);
        });
        app.start();
        return app.port();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }

    private static void page(Context ctx, String name) {
        try (InputStream in = CrosscheckServer.class.getResourceAsStream(WEB + "/" + name)) {
            if (in == null) {
                throw ApiException.notFound("no page " + name);
            }
            ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
