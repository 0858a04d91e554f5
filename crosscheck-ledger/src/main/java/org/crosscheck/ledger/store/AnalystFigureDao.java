package org.crosscheck.ledger.store;

import java.time.Instant;
import java.util.List;
import org.crosscheck.ledger.AnalystFigure;
import org.crosscheck.model.Outcome;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code analyst_figure} table: analysts' own figures for events, withdrawn ones kept as history. */
public interface AnalystFigureDao {
    @SqlUpdate("""
            INSERT INTO analyst_figure (ledger_event_id, outcome, victims, victims_key, figure, who, why, made_at)
            VALUES (:event, :outcome, :victims, :victimsKey, :figure, :who, :why, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("event") long eventId, @Bind("outcome") Outcome outcome, @Bind("victims") String victims,
                @Bind("victimsKey") String victimsKey, @Bind("figure") int figure, @Bind("who") String who,
                @Bind("why") String why, @Bind("now") Instant now);

    /** Every figure of an event, withdrawn ones too, oldest first. */
    @SqlQuery("SELECT * FROM analyst_figure WHERE ledger_event_id = :event ORDER BY id")
    List<AnalystFigure> of(@Bind("event") long eventId);

    @SqlQuery("SELECT * FROM analyst_figure WHERE id = :id")
    List<AnalystFigure> find(@Bind("id") long id);

    @SqlUpdate("""
            UPDATE analyst_figure SET withdrawn_by = :who, withdrawn_why = :why, withdrawn_at = :now
            WHERE id = :id AND withdrawn_at IS NULL""")
    int withdraw(@Bind("id") long id, @Bind("who") String who, @Bind("why") String why, @Bind("now") Instant now);

    /** A merge: the absorbed event's figures go with its claims. */
    @SqlUpdate("UPDATE analyst_figure SET ledger_event_id = :to WHERE ledger_event_id = :from")
    void moveAll(@Bind("from") long fromEvent, @Bind("to") long toEvent);
}
