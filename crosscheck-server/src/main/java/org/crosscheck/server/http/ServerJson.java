package org.crosscheck.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.crosscheck.json.ReportJson;

/**
 * The server's JSON mapper: the report format's ({@link ReportJson}: snake_case, enums as their wire codes, ISO
 * dates, nulls kept), registered with Javalin for responses and request bodies alike. Reading is strict, because
 * request bodies come from anyone: a key given twice, a fraction or a boolean where a whole number belongs, or
 * anything after the object is refused rather than guessed at. Stateless.
 */
public final class ServerJson {
    private ServerJson() {
    }

    /** A new mapper, configured once; Jackson documents a configured mapper as thread-safe. */
    public static ObjectMapper mapper() {
        ObjectMapper m = new ReportJson().mapper().copy();
        m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return m;
    }
}
