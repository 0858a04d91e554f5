package org.crosscheck.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 6: each ledger event's province under the model's name key ({@code admin1_key}), indexed with the start
 * date as {@code admin1} was, so that {@code --admin1 "south kordofan"} finds what "South Kordofan" finds, in the
 * events list, the exports and the API's index alike. Safe to run again (H2 commits each DDL statement alone).
 */
final class V6__Admin1Keys extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE ledger_event ADD COLUMN IF NOT EXISTS admin1_key VARCHAR(300)");
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, admin1 FROM ledger_event WHERE admin1 IS NOT NULL");
             PreparedStatement key = c.prepareStatement("UPDATE ledger_event SET admin1_key = ? WHERE id = ?")) {
            int batched = 0;
            while (rs.next()) {
                key.setString(1, EventUpdate.admin1Key(rs.getString(2)));
                key.setLong(2, rs.getLong(1));
                key.addBatch();
                if (++batched % 1000 == 0) {
                    key.executeBatch();
                }
            }
            key.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE INDEX IF NOT EXISTS ledger_event_admin1_key_idx ON ledger_event (admin1_key, start_date)");
        }
    }
}
