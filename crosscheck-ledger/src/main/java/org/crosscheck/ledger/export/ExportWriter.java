package org.crosscheck.ledger.export;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ledger.ExportFormat;
import org.crosscheck.ledger.ReportRef;

/**
 * Writes export rows in one format. The CSV files' columns are the row records' components in their declared
 * order (codebook columns, then Crosscheck's), written by jackson-dataformat-csv; lists in a cell are joined by
 * "; ", the claims are a second table ({@code claims-csv}, keyed by {@code event_id}) and JSON lists in the JSON
 * formats, and no text cell can start a formula ({@link SafeCells}). One instance writes one file; not thread-safe.
 */
abstract class ExportWriter {
    /** A row of the ACLED-style file: ACLED's columns, then Crosscheck's. */
    record AcledFileRow(@JsonUnwrapped AcledColumns acled, @JsonUnwrapped CrosscheckColumns crosscheck) {
    }

    /** A row of the ACLED-style CSV: ACLED's columns, then Crosscheck's; the claims are the second table. */
    record AcledCsvRow(@JsonUnwrapped AcledColumns acled, @JsonUnwrapped CrosscheckColumns.Csv crosscheck) {
    }

    /** A row of the UCDP GED-style CSV: UCDP's columns, then Crosscheck's; the claims are the second table. */
    record UcdpCsvRow(@JsonUnwrapped UcdpColumns ucdp, @JsonUnwrapped CrosscheckColumns.Csv crosscheck) {
    }

    /** An element of the JSON export: the ACLED-style row with the reports it draws on. */
    record JsonRow(@JsonUnwrapped AcledColumns acled, @JsonUnwrapped CrosscheckColumns crosscheck,
                   List<ReportRef> reports) {
    }

    /** A GeoJSON feature: the event's point, or none, and the ACLED-style row as its properties. */
    record Feature(String type, long id, Point geometry, AcledFileRow properties) {
    }

    /** A GeoJSON point, longitude first. */
    record Point(String type, List<Double> coordinates) {
    }

    protected final Writer out;

    ExportWriter(Writer out) {
        this.out = out;
    }

    static ExportWriter of(ExportFormat format, Writer out, ObjectMapper json) throws IOException {
        return switch (format) {
            case ACLED_CSV -> new Csv<>(out, json, AcledCsvRow.class,
                    r -> List.of(new AcledCsvRow(r.acled(), r.crosscheck().csv())));
            case UCDP_CSV -> new Csv<>(out, json, UcdpCsvRow.class,
                    r -> List.of(new UcdpCsvRow(r.ucdp(), r.crosscheck().csv())));
            case CLAIMS_CSV -> new Csv<>(out, json, ClaimantRow.class, r -> r.crosscheck().claimants().rows());
            case JSON -> new Json(out, json, "[\n", "\n]\n",
                    r -> new JsonRow(r.acled(), r.crosscheck(), r.reports()));
            case GEOJSON -> new Json(out, json, "{\"type\":\"FeatureCollection\",\"features\":[\n", "\n]}\n",
                    r -> new Feature("Feature", r.event().id(), r.event().latitude() == null ? null
                            : new Point("Point", List.of(r.event().longitude(), r.event().latitude())),
                            new AcledFileRow(r.acled(), r.crosscheck())));
        };
    }

    abstract void write(ExportRow row) throws IOException;

    /** Ends the file and flushes it; the writer stays open, it is the caller's. */
    abstract void end() throws IOException;

    /** A view of an export row as one format's row. */
    @FunctionalInterface
    interface View<T> {
        T of(ExportRow row);
    }

    private static final class Csv<T> extends ExportWriter {
        private final View<List<T>> view;
        private final SequenceWriter rows;

        Csv(Writer out, ObjectMapper json, Class<T> type, View<List<T>> view) throws IOException {
            super(out);
            this.view = view;
            SimpleModule cells = new SimpleModule();
            cells.addSerializer(CrosscheckColumns.Claimants.class, new JsonSerializer<>() {
                @Override
                public void serialize(CrosscheckColumns.Claimants c, JsonGenerator g, SerializerProvider p)
                        throws IOException {
                    g.writeString(json.writeValueAsString(c));
                }
            });
            cells.addSerializer(String.class, new JsonSerializer<>() {
                @Override
                public void serialize(String text, JsonGenerator g, SerializerProvider p) throws IOException {
                    g.writeString(SafeCells.cell(text));
                }
            });
            CsvMapper csv = CsvMapper.builder()
                    .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .addModule(new JavaTimeModule())
                    .addModule(cells)
                    .build();
            CsvSchema schema = csv.schemaFor(type).withoutHeader().withLineSeparator("\r\n")
                    .withArrayElementSeparator("; ").withNullValue("");
            // The header is written here, not by the first row, so that an export without events still has one.
            List<String> header = new ArrayList<>();
            schema.forEach(c -> header.add(c.getName()));
            out.write(String.join(",", header) + "\r\n");
            rows = csv.writer(schema).writeValues(out);
        }

        @Override
        void write(ExportRow row) throws IOException {
            for (T t : view.of(row)) {
                rows.write(t);
            }
        }

        @Override
        void end() throws IOException {
            rows.flush();
            out.flush();
        }
    }

    private static final class Json extends ExportWriter {
        private final ObjectMapper json;
        private final String close;
        private final View<?> view;
        private boolean first = true;

        Json(Writer out, ObjectMapper json, String open, String close, View<?> view) throws IOException {
            super(out);
            this.json = json;
            this.close = close;
            this.view = view;
            out.write(open);
        }

        @Override
        void write(ExportRow row) throws IOException {
            if (!first) {
                out.write(",\n");
            }
            first = false;
            out.write(json.writeValueAsString(view.of(row)));
        }

        @Override
        void end() throws IOException {
            out.write(close);
            out.flush();
        }
    }
}
