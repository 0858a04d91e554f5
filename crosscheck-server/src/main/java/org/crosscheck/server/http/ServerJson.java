package org.crosscheck.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.crosscheck.json.ReportJson;

/**
 * The server's JSON mapper: the report format's ({@link ReportJson}: snake_case, enums as their wire codes, ISO
 * dates, nulls kept), registered with Javalin for responses and request bodies alike. Stateless.
 */
public final class ServerJson {
    private ServerJson() {
    }

    /** A new mapper, configured once; Jackson documents a configured mapper as thread-safe. */
    public static ObjectMapper mapper() {
        return new ReportJson().mapper();
    }
}
