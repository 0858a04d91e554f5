package org.crosscheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.ExportFormat;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.CrosscheckConfig;

/**
 * {@code crosscheck serve}: the REST API under {@code /api}, its OpenAPI document at {@code /openapi.json}, and
 * the web UI (pages and assets from the jar; no CDN). Reading is open unless the server is private; every
 * write needs an {@code editor} token in an {@code Authorization: Bearer} header (no cookies, so a page of
 * another site cannot make a browser write: CSRF-safe) and a JSON body.
 *
 * <p>Thread-safety: handlers run on Jetty's threads concurrently; all state they share (ledger, catalog, token
 * store) is thread-safe. {@link #start()} and {@link #close()} are for the owning thread.
 */
public final class CrosscheckServer implements AutoCloseable {
    /** Request bodies larger than this are refused with 413 (edits are a few hundred bytes). */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** The largest page of the events list, and the default. */
    public static final int MAX_PAGE = 500;
    public static final int DEFAULT_PAGE = 50;
    /** The most points the map asks for at once. */
    public static final int MAX_POINTS = 50_000;
    static final int MAX_PARAM_CHARS = 300;
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String WEB = "/org/crosscheck/server/web";

    /** How the server runs: address, port, and whether reading needs a token too. */
    public record Options(String host, int port, boolean privateMode) {
    }

    /** One route: method, path, what it does, its query parameters, whether it writes; listed in /openapi.json. */
    record Route(String method, String path, String summary, List<String> params, boolean write, String produces,
                 Handler handler) {
    }

    private final LedgerApi api;
    private final TokenStore tokens;
    private final Options options;
    private final List<Route> routes = new ArrayList<>();
    private Javalin app;

    public CrosscheckServer(LedgerApi api, TokenStore tokens, Options options) {
        this.api = api;
        this.tokens = tokens;
        this.options = options;
        defineRoutes();
    }

    // ------------------------------------------------------------------ where things are kept

    /** The search index of a ledger: beside the embedded store, or in the data folder for PostgreSQL. */
    public static Path indexDir(CrosscheckConfig config) {
        String url = config.jdbcUrl();
        if (url != null && url.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length()).split(";")[0];
            return Path.of(file).toAbsolutePath().resolveSibling("server-index");
        }
        if (url != null && !url.isBlank()) {
            return config.dataDir().resolve("server-index-" + Integer.toHexString(url.split("\\?")[0].hashCode()));
        }
        return config.ledgerDir().resolveSibling("server-index");
    }

    /** The token file: in the data folder. */
    public static Path tokenFile(CrosscheckConfig config) {
        return config.dataDir().resolve("tokens.json");
    }

    // ------------------------------------------------------------------ routes

    private void defineRoutes() {
        List<String> filters = List.of("from", "to", "country", "admin1", "actor", "claimant", "type", "contested",
                "top");
        List<String> listParams = new ArrayList<>(filters);
        listParams.addAll(List.of("sort", "limit", "offset"));
        get("/api/events", "Ledger events matching the filters, one page (limit ≤ " + MAX_PAGE + ", offset ≤ "
                + Catalog.MAX_OFFSET + "); sort one of " + Catalog.SORTS, listParams, this::events);
        List<String> pointParams = new ArrayList<>(filters);
        pointParams.add("max");
        get("/api/events/points", "Map points [id, lat, lon, conservative deaths, contested] of matching events",
                pointParams, this::points);
        get("/api/events/timeline", "Matching events per day: events, contested events, conservative deaths",
                filters, this::timeline);
        get("/api/events/{id}", "One event: claims side by side per victims' group, estimates under each policy, "
                + "contradictions in words, sources, matching decisions, history", List.of(),
                ctx -> json(ctx, api.event(id(ctx, "id"))));
        get("/api/events/{id}/history", "Every version of an event: extraction, matching, merges, splits, edits",
                List.of(), ctx -> json(ctx, api.history("event:" + id(ctx, "id"))));
        get("/api/history", "History of a record: id is EVENT, event:ID, claim:REPORT/LOCAL or report:ID",
                List.of("id"), ctx -> json(ctx, api.history(required(ctx, "id"))));
        get("/api/reports", "Stored reports, newest first", List.of("limit", "offset"), this::reports);
        get("/api/reports/{id}", "A report: metadata, body, and the spans of its extraction (UTF-16 offsets)",
                List.of(), ctx -> json(ctx, api.report(id(ctx, "id"))));
        get("/api/actors", "Actors and claimants, most events first", List.of("q", "limit", "offset"),
                ctx -> list(ctx, "actor"));
        get("/api/places", "Places of events, most events first", List.of("q", "limit", "offset"),
                ctx -> list(ctx, "place"));
        get("/api/search", "Full-text search over reports and claims (words, \"phrases\", -not, a|b)",
                List.of("q", "kind", "limit"), this::search);
        get("/api/export/{format}", "The ledger export: json, acled-csv, ucdp-csv or geojson, under a policy",
                List.of("policy", "from", "to", "country", "admin1", "actor", "claimant", "contested"), this::export);
        get("/api/me", "Whether the bearer token is valid and its role", List.of(), this::me);
        post("/api/events/{id}/edits", "Change a field of the event (body: field, value, why); editor token",
                ctx -> json(ctx, api.edit(id(ctx, "id"), null, body(ctx), who(ctx))));
        post("/api/events/{id}/claim-edits", "Change a field of one of the event's claims (body: claim, field, "
                + "value, why); editor token", ctx -> {
                    JsonNode b = body(ctx);
                    json(ctx, api.edit(id(ctx, "id"), LedgerApi.text(b, "claim", true, 200), b, who(ctx)));
                });
        post("/api/events/{id}/merge", "Merge another event into this one (body: absorbed, why); editor token",
                ctx -> json(ctx, api.merge(id(ctx, "id"), body(ctx), who(ctx))));
        post("/api/events/{id}/split", "Split one report's event out (body: report_id, event_local, why); editor "
                + "token", ctx -> json(ctx, api.split(id(ctx, "id"), body(ctx), who(ctx))));
    }

    private void get(String path, String summary, List<String> params, Handler h) {
        routes.add(new Route("get", path, summary, params, false, "application/json", h));
    }

    private void post(String path, String summary, Handler h) {
        routes.add(new Route("post", path, summary, List.of(), true, "application/json", h));
    }

    /** Starts listening; returns the port (useful with port 0). */
    public int start() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.http.generateEtags = false;
            cfg.jetty.host = options.host();
            cfg.jetty.port = options.port();
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/assets";
                sf.directory = WEB;
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "max-age=300");
            });
            cfg.routes.before(this::guard);
            cfg.routes.after(this::securityHeaders);
            for (Route r : routes) {
                HandlerType t = r.method().equals("get") ? HandlerType.GET : HandlerType.POST;
                cfg.routes.addEndpoint(new io.javalin.router.Endpoint(t, r.path(), guarded(r.handler())));
            }
            cfg.routes.get("/openapi.json", ctx -> json(ctx, OpenApi.document(routes, options.privateMode())));
            cfg.routes.get("/", ctx -> page(ctx, "index.html"));
            cfg.routes.get("/events/{id}", ctx -> page(ctx, "event.html"));
            cfg.routes.get("/search", ctx -> page(ctx, "search.html"));
            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getStatus() == 413 ? "the request body is larger than " + MAX_BODY_BYTES + " bytes"
                            : e.getMessage()));
            cfg.routes.exception(NoSuchElementException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
            cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("crosscheck serve: " + ctx.method() + " " + ctx.path() + ": " + e);
                error(ctx, 500, "internal error");
            });
            cfg.routes.error(404, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "no such resource: " + ctx.path());
                }
            });
            cfg.routes.error(405, "*", ctx -> error(ctx, 405, "method not allowed: " + ctx.method()));
        });
        app.start();
        return app.port();
    }

    public int port() {
        return app.port();
    }

    /** Errors (not only exceptions) become a logged JSON 500 instead of Jetty's empty page. */
    private static Handler guarded(Handler h) {
        return ctx -> {
            try {
                h.handle(ctx);
            } catch (Exception e) {
                throw e;
            } catch (Error e) {
                System.err.println("crosscheck serve: " + ctx.method() + " " + ctx.path() + ": " + e);
                e.printStackTrace();
                error(ctx, 500, "internal error");
            }
        };
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }

    // ------------------------------------------------------------------ access

    private void guard(Context ctx) {
        String path = ctx.path();
        if (!path.startsWith("/api/")) {
            return;
        }
        String len = ctx.header("Content-Length");
        if (len != null && len.matches("\\d{1,18}") && Long.parseLong(len) > MAX_BODY_BYTES) {
            throw new ApiException(413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            for (String v : p.getValue()) {
                if (v.length() > MAX_PARAM_CHARS) {
                    throw ApiException.badRequest("parameter '" + p.getKey() + "' is longer than " + MAX_PARAM_CHARS
                            + " characters");
                }
            }
        }
        boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD
                && ctx.method() != HandlerType.OPTIONS;
        if (write || options.privateMode() || path.equals("/api/me")) {
            Optional<TokenStore.Token> t = token(ctx);
            if (t.isEmpty() && (write || options.privateMode())) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, write ? "writing needs an editor token (Authorization: Bearer TOKEN; "
                        + "create one with 'crosscheck token create --role editor')"
                        : "this server is private: reading needs a token (Authorization: Bearer TOKEN)");
            }
            if (write && !"editor".equals(t.get().role())) {
                throw new ApiException(403, "a " + t.get().role() + " token cannot write; an editor token can");
            }
            if (write) {
                String ct = ctx.contentType();
                if (ct == null || !ct.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                    throw new ApiException(415, "writes take a JSON body (Content-Type: application/json)");
                }
            }
            t.ifPresent(tok -> ctx.attribute("token", tok));
        }
    }

    private Optional<TokenStore.Token> token(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return tokens.check(h.substring(7).strip());
    }

    private static String who(Context ctx) {
        TokenStore.Token t = ctx.attribute("token");
        if (t == null) {
            throw new ApiException(401, "writing needs an editor token");
        }
        return t.name();
    }

    private void me(Context ctx) {
        TokenStore.Token t = ctx.attribute("token");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("authenticated", t != null);
        m.put("name", t == null ? null : t.name());
        m.put("role", t == null ? null : t.role());
        m.put("private", options.privateMode());
        json(ctx, m);
    }

    private void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    // ------------------------------------------------------------------ handlers

    private void events(Context ctx) {
        allow(ctx, "from", "to", "country", "admin1", "actor", "claimant", "type", "contested", "top", "sort",
                "limit", "offset");
        int limit = intParam(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        int offset = intParam(ctx, "offset", 0, 0, Catalog.MAX_OFFSET);
        pageJson(ctx, "events", api.catalog().events(filter(ctx), ctx.queryParam("sort"), limit, offset), limit,
                offset);
    }

    private void points(Context ctx) {
        allow(ctx, "from", "to", "country", "admin1", "actor", "claimant", "type", "contested", "top", "max");
        int max = intParam(ctx, "max", 20_000, 1, MAX_POINTS);
        List<Catalog.Point> pts = api.catalog().points(filter(ctx), max);
        StringBuilder sb = new StringBuilder(pts.size() * 40 + 64);
        sb.append("{\"fields\":[\"id\",\"lat\",\"lon\",\"fatalities\",\"contested\"],\"points\":[");
        for (int i = 0; i < pts.size(); i++) {
            Catalog.Point p = pts.get(i);
            sb.append(i == 0 ? "" : ",").append('[').append(p.id()).append(',').append(p.lat()).append(',')
                    .append(p.lon()).append(',').append(p.fatalities()).append(',').append(p.contested() ? 1 : 0)
                    .append(']');
        }
        sb.append("],\"truncated\":").append(pts.size() >= max).append('}');
        ctx.contentType("application/json").result(sb.toString());
    }

    private void timeline(Context ctx) {
        allow(ctx, "from", "to", "country", "admin1", "actor", "claimant", "type", "contested", "top");
        Map<LocalDate, long[]> days = api.catalog().timeline(filter(ctx));
        List<Object[]> out = new ArrayList<>();
        days.forEach((d, c) -> out.add(new Object[] {d.toString(), c[0], c[1], c[2]}));
        json(ctx, Map.of("fields", List.of("date", "events", "contested", "fatalities"), "days", out));
    }

    private void reports(Context ctx) {
        allow(ctx, "limit", "offset");
        int limit = intParam(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        int offset = intParam(ctx, "offset", 0, 0, Catalog.MAX_OFFSET);
        pageJson(ctx, "reports", api.catalog().reports(limit, offset), limit, offset);
    }

    private void list(Context ctx, String kind) {
        allow(ctx, "q", "limit", "offset");
        int limit = intParam(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        int offset = intParam(ctx, "offset", 0, 0, Catalog.MAX_OFFSET);
        pageJson(ctx, kind.equals("actor") ? "actors" : "places", api.catalog().list(kind, ctx.queryParam("q"),
                limit, offset), limit, offset);
    }

    private void search(Context ctx) {
        allow(ctx, "q", "kind", "limit");
        String q = required(ctx, "q");
        String kind = ctx.queryParam("kind");
        if (kind != null && !Set.of("report", "claim").contains(kind)) {
            throw ApiException.badRequest("kind is report or claim, not '" + kind + "'");
        }
        int limit = intParam(ctx, "limit", 20, 1, 100);
        json(ctx, Map.of("query", q, "hits", api.catalog().search(q, kind, limit)));
    }

    private void export(Context ctx) throws IOException {
        allow(ctx, "policy", "from", "to", "country", "admin1", "actor", "claimant", "contested");
        ExportFormat format;
        EstimatePolicy policy;
        try {
            format = ExportFormat.named(ctx.pathParam("format"));
            policy = EstimatePolicy.named(ctx.queryParam("policy") == null ? "acled" : ctx.queryParam("policy"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Catalog.Filter f = filter(ctx);
        EventQuery q = new EventQuery(f.from(), f.to(), f.country(), f.admin1(), f.actor(), f.claimant(),
                f.contested(), EventQuery.DEFAULT_LIMIT, 0);
        String type = switch (format) {
            case JSON -> "application/json";
            case GEOJSON -> "application/geo+json";
            default -> "text/csv";
        };
        String ext = switch (format) {
            case JSON -> "json";
            case GEOJSON -> "geojson";
            default -> "csv";
        };
        ctx.contentType(type + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"crosscheck-" + format + "-" + policy.name() + "."
                + ext + "\"");
        securityHeaders(ctx);
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        api.export(format, policy, q, w);
        w.flush();
    }

    private static void pageJson(Context ctx, String name, Catalog.EventPage page, int limit, int offset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + page.events().size() * 600);
        write(out, "{\"total\":" + page.total() + ",\"offset\":" + offset + ",\"limit\":" + limit + ",\"" + name
                + "\":[");
        for (int i = 0; i < page.events().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(page.events().get(i));
        }
        write(out, "]}");
        ctx.contentType("application/json").result(out.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ parameters

    static Catalog.Filter filter(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("'to' " + to + " is before 'from' " + from);
        }
        return new Catalog.Filter(from, to, blankToNull(ctx.queryParam("country")),
                blankToNull(ctx.queryParam("admin1")), blankToNull(ctx.queryParam("actor")),
                blankToNull(ctx.queryParam("claimant")), blankToNull(ctx.queryParam("type")), bool(ctx, "contested"),
                bool(ctx, "top"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    private static Boolean bool(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest("'" + name + "' must be true or false, not '" + v + "'");
        };
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return dflt;
        }
        if (!v.matches("-?\\d{1,9}")) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, not '" + v + "'");
        }
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    private static String required(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            throw ApiException.badRequest("'" + name + "' is required");
        }
        return v;
    }

    private static void allow(Context ctx, String... names) {
        Set<String> ok = Set.of(names);
        for (String k : ctx.queryParamMap().keySet()) {
            if (!ok.contains(k)) {
                throw ApiException.badRequest("unknown parameter '" + k + "' (this endpoint takes "
                        + String.join(", ", names) + ")");
            }
        }
    }

    private static long id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        if (!v.matches("\\d{1,18}")) {
            throw ApiException.badRequest("'" + v + "' is not an id");
        }
        return Long.parseLong(v);
    }

    private static JsonNode body(Context ctx) {
        byte[] b = ctx.bodyAsBytes();
        if (b.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        return Json.object(new String(b, StandardCharsets.UTF_8));
    }

    static void json(Context ctx, Object o) {
        ctx.contentType("application/json").result(Json.bytes(o));
    }

    static void error(Context ctx, int status, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", status);
        e.put("message", message == null ? "error" : message);
        ctx.status(status);
        json(ctx, Map.of("error", e));
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
