package org.crosscheck.ledger.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.json.ReportJson;
import org.crosscheck.ledger.IngestResult;
import org.crosscheck.ledger.Ledger;
import org.crosscheck.model.Extraction;

/**
 * The two halves of the crash test: {@code ingest URL N CLAIMS_PER_EVENT} stores copies 0..N-1 of the built-in
 * template (skipping those already stored: a re-run completes an interrupted one), printing "opening" before it
 * opens (and maybe creates) the store, "ready" once the store is open and "stored K" after each report it commits, and {@code verify URL N} checks that the store holds only
 * whole reports and, with N, exactly the N expected ones, once each. The crash test runs {@code ingest} in a
 * child JVM and kills it with SIGKILL at moments chosen from that progress.
 */
public final class CrashDrill {
    private CrashDrill() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "ingest" -> ingest(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), System.out);
            case "verify" -> {
                List<String> problems = verify(args[1], args.length > 2 ? Integer.parseInt(args[2]) : -1);
                problems.forEach(System.out::println);
                System.out.println(problems.isEmpty() ? "store is whole" : problems.size() + " problems");
                System.exit(problems.isEmpty() ? 0 : 1);
            }
            default -> throw new IllegalArgumentException("ingest or verify");
        }
    }

    static void ingest(String url, int n, int claimsPerEvent, PrintStream out) {
        Synthetic.Report template = Synthetic.kalat();
        out.println("opening");
        out.flush();
        try (Ledger ledger = Ledger.open(url)) {
            out.println("ready");
            out.flush();
            int stored = 0;
            for (int i = 0; i < n; i++) {
                Synthetic.Report r = Synthetic.replicate(template, i, claimsPerEvent);
                if (ledger.ingest(r.extraction(), r.source()).status() != IngestResult.Status.UNCHANGED) {
                    out.println("stored " + ++stored);
                    out.flush();
                }
            }
        }
        out.println("done");
    }

    /**
     * Problems found: a report missing any of its events, claims or match decisions, a ledger event with no
     * report, a body stored twice; with {@code expected >= 0}, a count of reports other than that.
     */
    public static List<String> verify(String url, int expected) throws SQLException {
        List<String> problems = new ArrayList<>();
        // Opening through the ledger proves the store opens (and migrates) after the kill.
        try (Ledger ledger = Ledger.open(url)) {
            ledger.stats();
        }
        ReportJson json = new ReportJson();
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT r.id, r.extraction, "
                         + "(SELECT COUNT(*) FROM report_event e WHERE e.report_id = r.id), "
                         + "(SELECT COUNT(*) FROM claim c WHERE c.report_id = r.id), "
                         + "(SELECT COUNT(*) FROM match_decision d WHERE d.report_id = r.id), "
                         + "(SELECT COUNT(*) FROM report_band b WHERE b.report_id = r.id) FROM report r")) {
                int reports = 0;
                while (rs.next()) {
                    reports++;
                    Extraction x = json.read(rs.getString(2));
                    long id = rs.getLong(1);
                    if (rs.getLong(3) != x.events().size() || rs.getLong(4) != x.claims().size()
                            || rs.getLong(5) < x.events().size() || rs.getLong(6) == 0) {
                        problems.add("report " + id + " is not whole: " + rs.getLong(3) + "/" + x.events().size()
                                + " events, " + rs.getLong(4) + "/" + x.claims().size() + " claims, " + rs.getLong(5)
                                + " decisions, " + rs.getLong(6) + " bands");
                    }
                }
                if (expected >= 0 && reports != expected) {
                    problems.add(reports + " reports stored, expected " + expected);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ledger_event le WHERE le.active = TRUE "
                    + "AND NOT EXISTS (SELECT 1 FROM report_event e WHERE e.ledger_event_id = le.id)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    problems.add(rs.getLong(1) + " ledger events hold no report");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) - COUNT(DISTINCT body_hash) FROM report");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    problems.add(rs.getLong(1) + " bodies stored twice");
                }
            }
            if (expected >= 0) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ledger_event WHERE active = TRUE");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long want = (long) expected * Synthetic.kalat().extraction().events().size();
                    if (rs.getLong(1) != want) {
                        problems.add(rs.getLong(1) + " ledger events, expected " + want + " (one per incident)");
                    }
                }
            }
        }
        return problems;
    }
}
