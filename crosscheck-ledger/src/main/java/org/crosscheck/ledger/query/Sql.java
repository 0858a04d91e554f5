package org.crosscheck.ledger.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** A statement built from conditions, each with its values bound in order: the literal SQL of a filtered read. */
final class Sql {
    private final StringBuilder text;
    private final List<Object> values = new ArrayList<>();

    Sql(String start) {
        text = new StringBuilder(start);
    }

    /** Appends {@code part}, whose {@code ?}s take {@code args} in order. */
    Sql add(String part, Object... args) {
        text.append(part);
        values.addAll(List.of(args));
        return this;
    }

    /** Appends {@code ?, ?, …} for each of {@code args}, for an IN list. */
    Sql list(Collection<?> args) {
        text.append(String.join(",", java.util.Collections.nCopies(args.size(), "?")));
        values.addAll(args);
        return this;
    }

    Query query(Handle h) {
        Query q = h.createQuery(text.toString());
        for (int i = 0; i < values.size(); i++) {
            q.bind(i, values.get(i));
        }
        return q;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
