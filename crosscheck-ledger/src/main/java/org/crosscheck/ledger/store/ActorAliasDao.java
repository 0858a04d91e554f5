package org.crosscheck.ledger.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The {@code actor_alias} table: every alias a report gave an actor, with the actor's canonical name (keys). */
public interface ActorAliasDao {
    @SqlBatch("""
            INSERT INTO actor_alias (alias_key, name_key) SELECT :alias, :name
            WHERE NOT EXISTS (SELECT 1 FROM actor_alias WHERE alias_key = :alias AND name_key = :name)""")
    void add(@Bind("alias") List<String> aliasKeys, @Bind("name") List<String> nameKeys);

    /** The canonical names an alias stands for. */
    @SqlQuery("SELECT name_key FROM actor_alias WHERE alias_key = :alias")
    List<String> namesOf(@Bind("alias") String aliasKey);
}
