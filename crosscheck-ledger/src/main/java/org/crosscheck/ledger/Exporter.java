package org.crosscheck.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes ledger events as ACLED- or UCDP GED-style CSV, JSON or GeoJSON. Column names follow the published
 * codebooks where a column means the same thing, so existing scripts read the files; Crosscheck's own columns
 * (claimants, contested, source reports) come after them. One instance writes one file; not thread-safe.
 */
final class Exporter {
    static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "location", "latitude",
            "longitude", "geo_precision", "source", "notes", "fatalities");
    static final List<String> UCDP_COLUMNS = List.of("id", "year", "type_of_violence", "side_a", "side_b", "country",
            "adm_1", "adm_2", "where_coordinates", "where_prec", "latitude", "longitude", "date_prec", "date_start",
            "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
            "source_article");
    static final List<String> OWN_COLUMNS = List.of("crosscheck_event_id", "crosscheck_child_events", "estimate_policy",
            "fatalities_low", "fatalities_best", "fatalities_high", "contested", "contested_reasons", "claimants",
            "report_ids", "report_files", "report_urls");

    private final ExportFormat format;
    private final EstimatePolicy policy;
    private final Writer out;
    private final ObjectMapper mapper;
    private boolean first = true;

    Exporter(ExportFormat format, EstimatePolicy policy, Writer out, ObjectMapper mapper) {
        this.format = format;
        this.policy = policy;
        this.out = out;
        this.mapper = mapper;
    }

    void begin() throws IOException {
        switch (format) {
            case ACLED_CSV -> csvLine(concat(ACLED_COLUMNS, OWN_COLUMNS));
            case UCDP_CSV -> csvLine(concat(UCDP_COLUMNS, OWN_COLUMNS));
            case JSON -> out.write("[\n");
            case GEOJSON -> out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        }
    }

    void end() throws IOException {
        switch (format) {
            case JSON -> out.write("\n]\n");
            case GEOJSON -> out.write("\n]}\n");
            default -> {
            }
        }
        out.flush();
    }

    void row(LedgerEvent e, Reconciliation own, List<Reconciliation> children, List<Long> childIds,
             List<ReportRef> reports) throws IOException {
        Figures fig = figures(e, own, children);
        List<Reconciliation> all = new ArrayList<>();
        all.add(own);
        all.addAll(children);
        boolean contested = all.stream().anyMatch(Reconciliation::contested);
        Set<String> reasons = new LinkedHashSet<>();
        all.forEach(r -> reasons.addAll(r.contestReasons()));
        List<Map<String, Object>> claimants = new ArrayList<>();
        for (Reconciliation r : all) {
            for (VictimGroup g : r.groups()) {
                for (ClaimFigure f : g.figures()) {
                    claimants.add(claimant(r.eventId(), f));
                }
            }
            for (ClaimFigure f : r.otherClaims()) {
                claimants.add(claimant(r.eventId(), f));
            }
        }
        String notes = Notes.write(all);
        String source = reports.stream().filter(r -> r.duplicateOf() == null && r.current())
                .map(r -> r.outlet() != null ? r.outlet() : r.name()).distinct().collect(Collectors.joining("; "));

        Map<String, Object> own2 = new LinkedHashMap<>();
        own2.put("crosscheck_event_id", e.id());
        own2.put("crosscheck_child_events", childIds);
        own2.put("estimate_policy", policy.name());
        own2.put("fatalities_low", fig.total().low());
        own2.put("fatalities_best", fig.total().best());
        own2.put("fatalities_high", fig.total().high());
        own2.put("contested", contested);
        own2.put("contested_reasons", new ArrayList<>(reasons));
        own2.put("claimants", claimants);
        own2.put("report_ids", reports.stream().map(ReportRef::id).toList());
        own2.put("report_files", reports.stream().map(ReportRef::name).toList());
        own2.put("report_urls", reports.stream().map(ReportRef::url).filter(u -> u != null).toList());

        switch (format) {
            case ACLED_CSV -> {
                Map<String, Object> row = acled(e, notes, source, fig);
                row.putAll(own2);
                csvRow(row);
            }
            case UCDP_CSV -> {
                Map<String, Object> row = ucdp(e, source, fig);
                row.putAll(own2);
                csvRow(row);
            }
            case JSON -> {
                Map<String, Object> row = acled(e, notes, source, fig);
                row.putAll(own2);
                row.put("reports", reports);
                separator();
                out.write(mapper.writeValueAsString(row));
            }
            case GEOJSON -> {
                Map<String, Object> props = acled(e, notes, source, fig);
                props.putAll(own2);
                Map<String, Object> feature = new LinkedHashMap<>();
                feature.put("type", "Feature");
                feature.put("id", e.id());
                feature.put("geometry", e.latitude() == null ? null
                        : Map.of("type", "Point", "coordinates", List.of(e.longitude(), e.latitude())));
                feature.put("properties", props);
                separator();
                out.write(mapper.writeValueAsString(feature));
            }
        }
    }

    /** Deaths per victims' side: the larger of the operation's own figure and the sum of its incidents'. */
    record Figures(Estimate total, Estimate sideA, Estimate sideB, Estimate civilians, Estimate unknown) {
    }

    Figures figures(LedgerEvent e, Reconciliation own, List<Reconciliation> children) {
        Map<String, Estimate> ownBySide = bySide(own);
        Map<String, Estimate> kidsBySide = new LinkedHashMap<>();
        Map<String, String> kindOf = new LinkedHashMap<>();
        kinds(own, kindOf);
        for (Reconciliation r : children) {
            kinds(r, kindOf);
            bySide(r).forEach((k, v) -> kidsBySide.merge(k, v, Estimate::plus));
        }
        Set<String> sides = new LinkedHashSet<>(ownBySide.keySet());
        sides.addAll(kidsBySide.keySet());
        String a = Keys.key(e.actor1());
        String b = Keys.key(e.actor2());
        Estimate total = Estimate.NONE;
        Estimate sa = Estimate.NONE;
        Estimate sb = Estimate.NONE;
        Estimate civ = Estimate.NONE;
        Estimate unk = Estimate.NONE;
        for (String side : sides) {
            Estimate est = ownBySide.getOrDefault(side, Estimate.NONE).max(kidsBySide.getOrDefault(side, Estimate.NONE));
            total = total.plus(est);
            if (!a.isEmpty() && side.equals(a)) {
                sa = sa.plus(est);
            } else if (!b.isEmpty() && side.equals(b)) {
                sb = sb.plus(est);
            } else if ("civilians".equals(kindOf.get(side))) {
                civ = civ.plus(est);
            } else {
                unk = unk.plus(est);
            }
        }
        return new Figures(total, sa, sb, civ, unk);
    }

    private Map<String, Estimate> bySide(Reconciliation r) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        for (VictimGroup g : r.groups()) {
            if ("killed".equals(g.outcome())) {
                out.merge(g.victimsKey(), policy.estimate(g, r.significant()), Estimate::plus);
            }
        }
        return out;
    }

    private static void kinds(Reconciliation r, Map<String, String> kindOf) {
        for (VictimGroup g : r.groups()) {
            kindOf.putIfAbsent(g.victimsKey(), g.victimsKind());
        }
    }

    private Map<String, Object> acled(LedgerEvent e, String notes, String source, Figures fig) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("event_id_cnty", (e.country() == null ? "XX" : e.country()) + "-CC" + e.id());
        row.put("event_date", e.startDate());
        row.put("year", e.startDate() == null ? null : e.startDate().getYear());
        row.put("time_precision", acledTimePrecision(e));
        row.put("event_type", e.eventType());
        row.put("sub_event_type", e.subEventType());
        row.put("actor1", e.actor1());
        row.put("actor2", e.actor2());
        row.put("country", e.country());
        row.put("admin1", e.admin1());
        row.put("admin2", e.admin2());
        row.put("location", e.location());
        row.put("latitude", e.latitude());
        row.put("longitude", e.longitude());
        row.put("geo_precision", e.geoPrecision());
        row.put("source", source);
        row.put("notes", notes);
        row.put("fatalities", fig.total().best() == null ? 0 : fig.total().best());
        return row;
    }

    private Map<String, Object> ucdp(LedgerEvent e, String source, Figures fig) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("year", e.startDate() == null ? null : e.startDate().getYear());
        // One-sided violence is the only UCDP type the ACLED type tells for certain.
        row.put("type_of_violence", "Violence against civilians".equals(e.eventType()) ? 3 : null);
        row.put("side_a", e.actor1());
        row.put("side_b", e.actor2());
        row.put("country", e.country());
        row.put("adm_1", e.admin1());
        row.put("adm_2", e.admin2());
        row.put("where_coordinates", e.location());
        row.put("where_prec", e.geoPrecision() == null ? null : switch (e.geoPrecision()) {
            case 1 -> 1;
            case 2 -> 3;
            default -> 4;
        });
        row.put("latitude", e.latitude());
        row.put("longitude", e.longitude());
        row.put("date_prec", ucdpDatePrecision(e));
        row.put("date_start", e.startDate());
        row.put("date_end", e.endDate());
        row.put("deaths_a", orZero(fig.sideA().best()));
        row.put("deaths_b", orZero(fig.sideB().best()));
        row.put("deaths_civilians", orZero(fig.civilians().best()));
        row.put("deaths_unknown", orZero(fig.unknown().best()));
        row.put("best", orZero(fig.total().best()));
        row.put("high", orZero(fig.total().high()));
        row.put("low", orZero(fig.total().low()));
        row.put("source_article", source);
        return row;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    /** ACLED: 1 the day is known, 2 the week, 3 the month or coarser. */
    private static int acledTimePrecision(LedgerEvent e) {
        String p = e.timePrecision();
        if (p == null || p.equals("published")) {
            return 2;
        }
        return switch (p) {
            case "minute", "hour", "day" -> 1;
            case "week" -> 2;
            default -> 3;
        };
    }

    /** UCDP GED: 1 exact day, 2 a span of 2-6 days, 3 a week, 4 a month, 5 a year. */
    private static int ucdpDatePrecision(LedgerEvent e) {
        String p = e.timePrecision();
        if ("month".equals(p)) {
            return 4;
        }
        if ("year".equals(p)) {
            return 5;
        }
        if ("week".equals(p)) {
            return 3;
        }
        if (e.startDate() != null && e.endDate() != null) {
            long days = ChronoUnit.DAYS.between(e.startDate(), e.endDate());
            if (days >= 7) {
                return 3;
            }
            if (days >= 1) {
                return 2;
            }
        }
        return "published".equals(p) ? 2 : 1;
    }

    private static Map<String, Object> claimant(long eventId, ClaimFigure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claim_id", f.claimId());
        m.put("event_id", eventId);
        m.putAll(f.fields());
        m.put("text", f.countText());
        m.put("report_id", f.reportId());
        m.put("report_file", f.reportName());
        return m;
    }

    private void separator() throws IOException {
        if (!first) {
            out.write(",\n");
        }
        first = false;
    }

    private void csvRow(Map<String, Object> row) throws IOException {
        List<String> cells = new ArrayList<>();
        for (Object v : row.values()) {
            if (v == null) {
                cells.add("");
            } else if (v instanceof List<?> l && (l.isEmpty() || !(l.get(0) instanceof Map))) {
                cells.add(l.stream().map(String::valueOf).collect(Collectors.joining("; ")));
            } else if (v instanceof List<?> || v instanceof Map<?, ?>) {
                cells.add(mapper.writeValueAsString(v));
            } else {
                cells.add(String.valueOf(v));
            }
        }
        csvLine(cells);
    }

    private void csvLine(List<String> cells) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
        out.write(sb.toString());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
