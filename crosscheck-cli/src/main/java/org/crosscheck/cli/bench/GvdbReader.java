package org.crosscheck.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a GVDB split as its authors ship it (tab-separated, a header line, then id, url, title, full text,
 * annotation JSON, worker; no quoting). A row that cannot be read is reported as one line naming the file and
 * line and left out; the others are read.
 */
public final class GvdbReader {
    private static final int COLUMNS = 6;
    private final ObjectMapper json = new ObjectMapper();

    /** The file's articles; {@code problems} hears one line per row left out. */
    public List<GvdbArticle> read(Path file, Consumer<String> problems) throws IOException {
        List<GvdbArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("Article id\t")) {
                throw new IOException(file + ": not a GVDB file (its first line is not the header 'Article id<TAB>"
                        + "Article url<TAB>...')");
            }
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != COLUMNS) {
                    problems.accept(file + ": line " + lineNo + ": " + cols.length + " columns, not " + COLUMNS
                            + " (skipped)");
                    continue;
                }
                try {
                    out.add(article(cols));
                } catch (JsonProcessingException e) {
                    problems.accept(file + ": line " + lineNo + ": the annotation column is not JSON (skipped)");
                }
            }
        }
        return out;
    }

    /** One row: the gold counts are the victims' outcomes, as the annotation lists them per victim. */
    GvdbArticle article(String[] cols) throws JsonProcessingException {
        JsonNode gold = json.readTree(cols[4]);
        int killed = 0;
        int injured = 0;
        for (JsonNode victim : gold.path("victim-section")) {
            List<String> was = new ArrayList<>();
            victim.path("victim-was").forEach(v -> was.add(v.asText()));
            if (was.contains("killed")) {
                killed++;
            } else if (was.contains("injured") || was.contains("hospitalized")) {
                injured++;
            }
        }
        return new GvdbArticle(cols[0], cols[1], cols[2], cols[3], killed, injured);
    }
}
