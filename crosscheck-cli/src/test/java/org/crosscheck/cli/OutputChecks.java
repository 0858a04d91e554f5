package org.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.json.ReportJson;

/**
 * What every extract output must satisfy whatever the input: it is valid against the report schema (the copy in
 * the test resources, {@code report.schema.json}, kept equal to {@code ../shared/spec} by
 * {@link SchemaCopyTest}), every span quotes the body it points into, and every count lies in 0..10,000,000.
 */
final class OutputChecks {
    static final long MAX_COUNT = 10_000_000;

    private final Schema schema;
    private final ReportJson json = new ReportJson();

    OutputChecks() {
        try (InputStream in = OutputChecks.class.getResourceAsStream("/report.schema.json")) {
            // the schema's relative $id needs a base to resolve against
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
                    SchemaLocation.of("https://crosscheck.invalid/spec/report.schema.json"), json.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of one output, empty when it passes; {@code body} is the text its offsets refer to. */
    List<String> problems(String output, String body) {
        JsonNode root;
        try {
            root = json.mapper().readTree(output);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Error e : schema.validate(root)) {
            problems.add("schema: " + e.getInstanceLocation() + " " + e.getMessage());
        }
        for (JsonNode span : spans(root)) {
            int start = span.get("start").asInt();
            int end = span.get("end").asInt();
            if (start < 0 || start > end || end > body.length()) {
                problems.add("span out of the body: " + span);
            } else if (!body.substring(start, end).equals(span.get("text").asText())) {
                problems.add("span does not quote the body: " + span);
            }
        }
        collectCounts(root, problems);
        return problems;
    }

    /** Every object with integer {@code start} and {@code end} and a textual {@code text}: a span. */
    static List<JsonNode> spans(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        collectSpans(root, out);
        return out;
    }

    private static void collectSpans(JsonNode node, List<JsonNode> spans) {
        if (node.isObject() && node.path("start").isInt() && node.path("end").isInt()
                && node.path("text").isTextual()) {
            spans.add(node);
        }
        node.elements().forEachRemaining(child -> collectSpans(child, spans));
    }

    /** Counts: objects with {@code low}, {@code high} and {@code vague}. */
    private static void collectCounts(JsonNode node, List<String> problems) {
        if (node.isObject() && node.has("vague") && node.has("low")) {
            for (String bound : List.of("low", "high")) {
                JsonNode n = node.path(bound);
                if (n.isNumber() && (n.asLong() < 0 || n.asLong() > MAX_COUNT)) {
                    problems.add("count out of 0.." + MAX_COUNT + ": " + node);
                }
            }
        }
        node.elements().forEachRemaining(child -> collectCounts(child, problems));
    }
}
