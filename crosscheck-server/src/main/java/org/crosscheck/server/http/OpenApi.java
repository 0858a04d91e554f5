package org.crosscheck.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the API, generated from the server's route table, so that it lists exactly the
 * routes that are served. Stateless.
 */
public final class OpenApi {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");
    private static final Map<String, String> PARAM_DOCS = Map.ofEntries(
            Map.entry("from", "events ending on or after this date (YYYY-MM-DD)"),
            Map.entry("to", "events starting on or before this date (YYYY-MM-DD)"),
            Map.entry("country", "ISO 3166-1 alpha-2 code, e.g. PK"),
            Map.entry("admin1", "first-level administrative division, e.g. Balochistan"),
            Map.entry("actor", "an actor of the event, by any name or alias a report used"),
            Map.entry("claimant", "a claimant about the event, by any name or alias"),
            Map.entry("type", "ACLED event type, e.g. Battles"),
            Map.entry("contested", "true: only events whose claims contradict each other; false: only the others"),
            Map.entry("top", "true: only events that are not incidents of an operation"),
            Map.entry("sort", "-date (default), date, -fatalities, fatalities, -reports, reports, -id, id"),
            Map.entry("limit", "page size"),
            Map.entry("offset", "rows to skip"),
            Map.entry("max", "most points returned"),
            Map.entry("q", "words to find"),
            Map.entry("kind", "report or claim"),
            Map.entry("policy", "acled (conservative, default) or range (low/best/high)"),
            Map.entry("id", "a record: EVENT, event:ID, claim:REPORT/LOCAL or report:ID"));

    private OpenApi() {
    }

    public static Map<String, Object> document(List<Route> routes, boolean privateMode) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Crosscheck ledger API", "version", "1",
                "description", "Who claims what about armed-conflict incidents, each claim attributed and tied to "
                        + "the words of its report. Errors are {\"error\": {\"status\", \"message\"}}. Reading is "
                        + (privateMode ? "restricted to token holders on this server" : "open") + "; writing needs an "
                        + "editor token as 'Authorization: Bearer TOKEN'.",
                "license", Map.of("name", "GPL-3.0-or-later", "identifier", "GPL-3.0-or-later")));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route r : routes) {
            String method = r.method().name().toLowerCase(Locale.ROOT);
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("summary", r.summary());
            op.put("operationId", method + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
            List<Map<String, Object>> params = new ArrayList<>();
            Matcher m = PATH_PARAM.matcher(r.path());
            while (m.find()) {
                params.add(Map.of("name", m.group(1), "in", "path", "required", true,
                        "schema", Map.of("type", m.group(1).equals("format") ? "string" : "integer")));
            }
            for (String p : r.params()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("name", p);
                pm.put("in", "query");
                pm.put("required", p.equals("q") || (p.equals("id") && r.path().equals("/api/history")));
                pm.put("description", PARAM_DOCS.getOrDefault(p, p));
                pm.put("schema", Map.of("type", switch (p) {
                    case "limit", "offset", "max" -> "integer";
                    case "contested", "top" -> "boolean";
                    default -> "string";
                }));
                if (p.equals("from") || p.equals("to")) {
                    pm.put("schema", Map.of("type", "string", "format", "date"));
                }
                params.add(pm);
            }
            if (!params.isEmpty()) {
                op.put("parameters", params);
            }
            if (r.writes()) {
                op.put("security", List.of(Map.of("bearer", List.of())));
                Map<String, Object> bodies = new LinkedHashMap<>();
                bodies.put("application/json", Map.of("schema", Map.of("type", "object")));
                if (r.body() == Route.Body.JSON_OR_TEXT) {
                    bodies.put("text/plain", Map.of("schema", Map.of("type", "string")));
                }
                op.put("requestBody", Map.of("required", true, "content", bodies));
            } else if (privateMode) {
                op.put("security", List.of(Map.of("bearer", List.of())));
            }
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put("200", Map.of("description", "OK", "content", Map.of(r.path().startsWith("/api/export")
                    ? "text/csv" : "application/json", Map.of())));
            responses.put("400", ref("bad request (a parameter or body field is wrong)"));
            responses.put("404", ref("no such record"));
            if (r.writes() || privateMode) {
                responses.put("401", ref("no valid token"));
            }
            if (r.writes()) {
                responses.put("403", ref("the token's role cannot write"));
                responses.put("413", ref("request body too large"));
                responses.put("415", ref(r.body() == Route.Body.JSON_OR_TEXT ? "the body is neither JSON nor "
                        + "UTF-8 text" : "the body is not JSON"));
            }
            op.put("responses", responses);
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(
                    r.path(), k -> new LinkedHashMap<String, Object>());
            item.put(method, op);
        }
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer")),
                "schemas", Map.of("Error", Map.of("type", "object", "required", List.of("error"),
                        "properties", Map.of("error", Map.of("type", "object", "properties", Map.of(
                                "status", Map.of("type", "integer"), "message", Map.of("type", "string"))))))));
        return doc;
    }

    private static Map<String, Object> ref(String description) {
        return Map.of("description", description, "content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
    }
}
