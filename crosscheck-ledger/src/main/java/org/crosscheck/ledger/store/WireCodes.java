package org.crosscheck.ledger.store;

import java.lang.reflect.Type;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.crosscheck.ledger.DatePrecision;
import org.crosscheck.ledger.MatchDecision;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.ClaimKind;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Outcome;
import org.crosscheck.model.Stance;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;

/**
 * The model's enums are stored as their wire codes ({@code toString()}: "asserts", "Battles", "day"), the same
 * text the JSON carries, so that a column reads the same to a person, a query and the API.
 */
public final class WireCodes {
    private static final Map<Type, Map<String, Enum<?>>> BY_CODE = codes(List.of(Stance.class, ClaimKind.class,
            Outcome.class, ActorKind.class, EventType.class, DatePrecision.class, MatchDecision.Kind.class, PartyRole.class));

    private WireCodes() {
    }

    private static Map<Type, Map<String, Enum<?>>> codes(List<Class<? extends Enum<?>>> types) {
        Map<Type, Map<String, Enum<?>>> out = new HashMap<>();
        for (Class<? extends Enum<?>> t : types) {
            Map<String, Enum<?>> codes = new HashMap<>();
            for (Enum<?> e : t.getEnumConstants()) {
                codes.put(e.toString(), e);
            }
            out.put(t, Map.copyOf(codes));
        }
        return Map.copyOf(out);
    }

    /** Whether {@code type} is stored as its wire codes. */
    static boolean handles(Class<?> type) {
        return BY_CODE.containsKey(type);
    }

    /** The constant of {@code type} whose wire code is {@code code}; null for null. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        Enum<?> e = BY_CODE.get(type).get(code);
        if (e == null) {
            throw new IllegalArgumentException("'" + code + "' is no " + type.getSimpleName());
        }
        return type.cast(e);
    }

    static void register(Jdbi jdbi) {
        jdbi.registerArgument(new ArgumentFactory.Preparable() {
            @Override
            public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
                if (!BY_CODE.containsKey(GenericTypes.getErasedType(type))) {
                    return Optional.empty();
                }
                return Optional.of(v -> (position, statement, ctx) -> {
                    if (v == null) {
                        statement.setNull(position, Types.VARCHAR);
                    } else {
                        statement.setString(position, v.toString());
                    }
                });
            }
        });
        jdbi.registerColumnMapper(new ColumnMapperFactory() {
            @Override
            public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
                Map<String, Enum<?>> codes = BY_CODE.get(type);
                if (codes == null) {
                    return Optional.empty();
                }
                return Optional.of((rs, col, ctx) -> {
                    String s = rs.getString(col);
                    return s == null ? null : codes.get(s);
                });
            }
        });
    }
}
