package org.crosscheck.ledger.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ledger.ClaimFigure;
import org.crosscheck.ledger.EstimatePolicy;
import org.crosscheck.ledger.EventQuery;
import org.crosscheck.ledger.ExportFormat;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.ledger.Reconciliation;
import org.crosscheck.ledger.VictimGroup;
import org.crosscheck.model.Outcome;

/**
 * Reads a ledger's ACLED export as a researcher would and checks that each row's {@code fatalities} is a figure
 * a report states for that incident (issue 11): one claim's figure, or the total of one claimant's breakdown in
 * one report ("40 fighters, 15 soldiers and 12 villagers"), or for an operation the sum of its incidents' stated
 * figures; 0 when nobody gave a number. Prints the largest value, the mean, and every row that fails.
 */
final class StatedFatalities {
    /** Breakdowns are searched among at most this many figures of one account (subsets: 2^N). */
    private static final int MAX_PARTS = 12;

    private StatedFatalities() {
    }

    static boolean check(Ledger ledger, PrintStream out) {
        List<Map<String, String>> rows = acledRows(ledger);
        int max = 0;
        String maxRow = "-";
        long sum = 0;
        List<String> unstated = new ArrayList<>();
        for (Map<String, String> row : rows) {
            int value = Integer.parseInt(row.get("fatalities"));
            long id = Long.parseLong(row.get("crosscheck_event_id"));
            sum += value;
            if (value > max) {
                max = value;
                maxRow = row.get("event_id_cnty") + " (event " + id + ", " + row.get("report_files") + ")";
            }
            if (value != 0 && !stated(ledger, id, row.get("crosscheck_child_events"), value)) {
                unstated.add(id + ": " + value);
            }
        }
        out.printf("ACLED fatalities: %d rows, largest %d in %s, mean %.2f; rows whose figure no report states: %s%n",
                rows.size(), max, maxRow, rows.isEmpty() ? 0.0 : (double) sum / rows.size(),
                unstated.isEmpty() ? "none" : unstated);
        return unstated.isEmpty();
    }

    private static boolean stated(Ledger ledger, long id, String children, int value) {
        if (statedFor(ledger.why(id).reconciliation()).contains(value)) {
            return true;
        }
        if (children == null || children.isBlank()) {
            return false;
        }
        int kids = 0;
        for (String c : children.split(";")) {
            Reconciliation r = ledger.why(Long.parseLong(c.strip())).reconciliation();
            Integer fig = r.fatalities(EstimatePolicy.ACLED).best();
            if (fig != null && fig > 0) {
                if (!statedFor(r).contains(fig)) {
                    return false;
                }
                kids += fig;
            }
        }
        return kids == value;
    }

    /** Every figure one claimant gives in one report for deaths in the event, and each sum of its figures. */
    static Set<Integer> statedFor(Reconciliation r) {
        Map<String, List<Integer>> accounts = new HashMap<>();
        for (VictimGroup g : r.groups()) {
            if (g.outcome() != Outcome.KILLED) {
                continue;
            }
            for (ClaimFigure f : g.figures()) {
                Integer v = Boolean.TRUE.equals(f.vague()) ? Integer.valueOf(
                        EstimatePolicy.vagueValue(f.countText(), r.significant())) : f.low();
                if (!f.denies() && v != null && v > 0) {
                    accounts.computeIfAbsent(f.accountKey(), k -> new ArrayList<>()).add(v);
                }
            }
        }
        Set<Integer> out = new HashSet<>();
        for (List<Integer> figs : accounts.values()) {
            out.addAll(figs);
            if (figs.size() <= MAX_PARTS) {
                for (int mask = 3; mask < 1 << figs.size(); mask++) {
                    int s = 0;
                    for (int i = 0; i < figs.size(); i++) {
                        s += (mask & 1 << i) != 0 ? figs.get(i) : 0;
                    }
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static List<Map<String, String>> acledRows(Ledger ledger) {
        StringWriter w = new StringWriter();
        try {
            ledger.export(ExportFormat.ACLED_CSV, EstimatePolicy.ACLED, EventQuery.all(), w);
            CsvMapper csv = new CsvMapper();
            try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(w.toString())) {
                return it.readAll();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
