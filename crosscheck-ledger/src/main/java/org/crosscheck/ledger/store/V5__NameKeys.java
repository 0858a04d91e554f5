package org.crosscheck.ledger.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.json.ReportJson;
import org.crosscheck.ledger.ingest.ExtractionRows;
import org.crosscheck.ledger.ingest.Persons;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Event;
import org.crosscheck.model.Extraction;
import org.crosscheck.model.NameKey;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 5: every stored name key recomputed with the model's one name key ({@link NameKey}), which replaced the
 * ledger's own (it folds letters such as "ł" and "ø", drops apostrophes and "a"/"an" as well as "the"), so that a
 * filter or a match on a name finds what was stored before. Keys are read again from each report's stored
 * extraction, as ingest makes them; the party and alias tables are rebuilt from them. Data only: safe to run again.
 */
final class V5__NameKeys extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        ReportJson json = new ReportJson();
        ObjectMapper mapper = json.mapper();
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM report ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        Set<Map.Entry<String, String>> aliases = new LinkedHashSet<>();
        try (PreparedStatement read = c.prepareStatement("SELECT extraction, published FROM report WHERE id = ?");
             PreparedStatement event = c.prepareStatement(
                     "UPDATE report_event SET place_keys = ?, actor_keys = ? WHERE report_id = ? AND local_id = ?");
             PreparedStatement claim = c.prepareStatement("UPDATE claim SET claimant_key = ?, claimant_keys = ?, "
                     + "victims_key = ? WHERE report_id = ? AND local_id = ?");
             PreparedStatement forget = c.prepareStatement("DELETE FROM report_person WHERE report_id = ?");
             PreparedStatement person = c.prepareStatement(
                     "INSERT INTO report_person (name_key, report_id) VALUES (?, ?)")) {
            int done = 0;
            for (long id : ids) {
                read.setLong(1, id);
                Extraction x;
                Date published;
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    x = json.read(rs.getString(1));
                    published = rs.getDate(2);
                }
                ExtractionRows rows = new ExtractionRows(id, x, published == null ? null : published.toLocalDate());
                for (Event e : x.events()) {
                    ReportEventRow r = rows.event(e);
                    event.setString(1, r.placeKeys());
                    event.setString(2, r.actorKeys());
                    event.setLong(3, id);
                    event.setString(4, e.id());
                    event.addBatch();
                }
                for (Claim cl : x.claims()) {
                    ClaimRow r = rows.claim(cl, null, true, mapper);
                    claim.setString(1, r.claimantKey());
                    claim.setString(2, r.claimantKeys());
                    claim.setString(3, r.victimsKey());
                    claim.setLong(4, id);
                    claim.setString(5, cl.id());
                    claim.addBatch();
                }
                forget.setLong(1, id);
                forget.addBatch();
                for (String k : Persons.keys(x)) {
                    person.setString(1, k);
                    person.setLong(2, id);
                    person.addBatch();
                }
                aliases.addAll(rows.aliases());
                if (++done % 200 == 0 || done == ids.size()) {
                    event.executeBatch();
                    claim.executeBatch();
                    forget.executeBatch();
                    person.executeBatch();
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM actor_alias");
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO actor_alias (alias_key, name_key) VALUES (?, ?)")) {
            for (Map.Entry<String, String> a : aliases) {
                ins.setString(1, a.getKey());
                ins.setString(2, a.getValue());
                ins.addBatch();
            }
            ins.executeBatch();
        }
        parties(c);
    }

    /** The party table again, from the new keys: every event's actors (as matched and as shown) and claimants. */
    private static void parties(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM event_party");
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, actor1, actor2 FROM ledger_event WHERE active = TRUE");
             PreparedStatement actors = c.prepareStatement(
                     "SELECT actor_keys FROM report_event WHERE ledger_event_id = ?");
             PreparedStatement claimants = c.prepareStatement(
                     "SELECT claimant_keys FROM claim WHERE ledger_event_id = ?");
             PreparedStatement ins = c.prepareStatement(
                     "INSERT INTO event_party (ledger_event_id, role, name_key) VALUES (?, ?, ?)")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Set<String> actorKeys = keys(actors, id);
                actorKeys.add(NameKey.of(rs.getString(2)));
                actorKeys.add(NameKey.of(rs.getString(3)));
                add(ins, id, PartyRole.ACTOR, actorKeys);
                add(ins, id, PartyRole.CLAIMANT, keys(claimants, id));
            }
            ins.executeBatch();
        }
    }

    private static Set<String> keys(PreparedStatement ps, long id) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.addAll(KeyList.split(rs.getString(1)));
            }
        }
        return out;
    }

    private static void add(PreparedStatement ins, long id, PartyRole role, Set<String> keys) throws SQLException {
        Set<String> clean = new LinkedHashSet<>();
        keys.stream().filter(k -> !k.isBlank()).forEach(k -> clean.add(Columns.cut(k, 500)));
        for (String k : clean) {
            ins.setLong(1, id);
            ins.setString(2, role.toString());
            ins.setString(3, k);
            ins.addBatch();
        }
    }
}
