package org.crosscheck.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, "exports a researcher's script reads unchanged": the ACLED and UCDP GED files read with a CSV library
 * hold every published column in the published order, our own after them, and the claims as a second table.
 */
class ExportColumnsTest {
    /** ACLED's columns, in ACLED's order (ACLED codebook). */
    static final List<String> ACLED = List.of("event_id_cnty event_date year time_precision disorder_type event_type "
            + "sub_event_type actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting "
            + "iso region country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale "
            + "notes fatalities tags timestamp").stream().flatMap(s -> List.of(s.split(" ")).stream()).toList();

    /** UCDP GED's columns, in UCDP's order (UCDP GED codebook). */
    static final List<String> UCDP = List.of("id relid year active_year code_status type_of_violence "
            + "conflict_dset_id conflict_new_id conflict_name dyad_dset_id dyad_new_id dyad_name side_a_dset_id "
            + "side_a_new_id side_a side_b_dset_id side_b_new_id side_b number_of_sources source_article "
            + "source_office source_date source_headline source_original where_prec gwnoa gwnob where_coordinates "
            + "where_description adm_1 adm_2 latitude longitude geom_wkt priogrid_gid country country_id region "
            + "event_clarity date_prec date_start date_end deaths_a deaths_b deaths_civilians deaths_unknown best "
            + "high low").stream().flatMap(s -> List.of(s.split(" ")).stream()).toList();

    @TempDir
    Path tmp;

    static List<String> stores() {
        return TestStores.names();
    }

    /** The file's header and its rows as maps, read by jackson-dataformat-csv. */
    record Table(List<String> header, List<Map<String, String>> rows) {
    }

    static Table read(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema)
                .readValues(csv)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        List<String> header = new ArrayList<>();
        try (MappingIterator<List<String>> lines = mapper.readerForListOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            header.addAll(lines.next());
        }
        return new Table(header, rows);
    }

    private static String export(Ledger l, ExportFormat f) throws Exception {
        StringWriter w = new StringWriter();
        l.export(f, f.defaultPolicy(), EventQuery.all(), w);
        return w.toString();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void everyPublishedColumnInItsOrderAndTheClaimsAsASecondTable(String store) throws Exception {
        try (Ledger l = Ledger.open(TestStores.freshUrl(store, tmp))) {
            l.ingest(Fixtures.kerengaA().extraction(), Fixtures.kerengaA().source());
            l.ingest(Fixtures.kerengaB().extraction(), Fixtures.kerengaB().source());
            l.ingest(EveryClaimCountsTest.withBackground().extraction(),
                    EveryClaimCountsTest.withBackground().source());

            Table acled = read(export(l, ExportFormat.ACLED_CSV));
            assertEquals(ACLED, acled.header().subList(0, ACLED.size()), "ACLED's columns first, in its order");
            assertTrue(acled.header().size() > ACLED.size() && acled.header().contains("crosscheck_event_id"));
            assertFalse(acled.header().contains("claimants"), "no JSON in a cell: the claims are their own table");
            assertEquals(2, acled.rows().size());
            for (Map<String, String> r : acled.rows()) {
                assertTrue(r.get("event_id_cnty").matches("[A-Z]{3}\\d+"), r.toString());
                assertFalse(r.get("fatalities").isEmpty());
            }
            Map<String, String> kerenga = row(acled, "location", "Kerenga");
            assertEquals("South Sudan", kerenga.get("country"), "the country by name");
            assertEquals("728", kerenga.get("iso"), "ISO 3166 numeric");
            assertEquals("SSD", kerenga.get("event_id_cnty").substring(0, 3));
            assertEquals("Political violence", kerenga.get("disorder_type"));
            assertEquals("12", kerenga.get("fatalities"));
            Map<String, String> tessaly = row(acled, "location", "Tessaly");
            assertEquals("9", tessaly.get("fatalities"), "the background toll is in no row");
            String armyInter = tessaly.get("actor1").equals("Army") ? "inter1" : "inter2";
            assertEquals("1", tessaly.get(armyInter), "the army's kind, state forces: " + tessaly);

            Table ucdp = read(export(l, ExportFormat.UCDP_CSV));
            assertEquals(UCDP, ucdp.header().subList(0, UCDP.size()), "UCDP's columns first, in its order");
            for (Map<String, String> r : ucdp.rows()) {
                assertTrue(r.get("type_of_violence").matches("[123]"), "always set: " + r);
                assertTrue(r.get("date_prec").matches("[1-5]"), r.toString());
            }
            Map<String, String> t = row(ucdp, "where_coordinates", "Tessaly");
            assertEquals("2", t.get("where_prec"), "near the place: UCDP's 2");
            // PRIO-GRID: half-degree cells from (-90, -180), 720 to a row: 12.1N 14.3E is row 204, column 389.
            assertEquals(String.valueOf(204 * 720 + 389), t.get("priogrid_gid"));
            assertEquals("1", t.get("type_of_violence"), "the army is a side: state-based");
            assertEquals("range", t.get("estimate_policy"), "UCDP's file is written under range by default");

            Table claims = read(export(l, ExportFormat.CLAIMS_CSV));
            assertTrue(claims.header().containsAll(List.of("claim_id", "event_id", "claimant", "low", "high")));
            long kerengaClaims = claims.rows().stream()
                    .filter(r -> r.get("event_id").equals(kerenga.get("crosscheck_event_id"))).count();
            assertEquals(l.event(Long.parseLong(kerenga.get("crosscheck_event_id"))).claimCount(), kerengaClaims,
                    "each claim of the event, one row each");
            assertTrue(kerengaClaims >= 5);
            assertTrue(claims.rows().stream().noneMatch(r -> "40001".equals(r.get("low"))));
        }
    }

    private static Map<String, String> row(Table t, String column, String value) {
        return t.rows().stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + t.rows()));
    }
}
