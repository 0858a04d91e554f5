package org.crosscheck.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.crosscheck.json.ReportJson;
import org.crosscheck.ledger.ingest.Persons;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 3 of the schema (Flyway reads the version from the class name): {@code report_person}, the people each report names in full (see {@link Persons}),
 * filled for reports stored before it from their stored extractions. Java, not SQL, because the names are read from
 * the extraction JSON. Safe to run again after a kill: H2 commits the DDL alone, so the table may already be there,
 * and the fill starts by emptying it.
 */
final class V3__ReportPerson extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS report_person (name_key VARCHAR(500) NOT NULL, "
                    + "report_id BIGINT NOT NULL REFERENCES report (id), PRIMARY KEY (name_key, report_id))");
            st.execute("DELETE FROM report_person");
        }
        ReportJson json = new ReportJson();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, extraction FROM report");
             PreparedStatement ins = c.prepareStatement("INSERT INTO report_person (name_key, report_id) VALUES (?,?)")) {
            while (rs.next()) {
                for (String k : Persons.keys(json.read(rs.getString(2)))) {
                    ins.setString(1, k);
                    ins.setLong(2, rs.getLong(1));
                    ins.addBatch();
                }
            }
            ins.executeBatch();
        }
    }
}
