package org.crosscheck.server.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.crosscheck.server.http.Params;
import org.crosscheck.server.search.Searcher;

/**
 * A page of a list as {@code {"total", "offset", "limit", NAME: [rows]}}, the rows copied as the index stores them
 * (the list's hot path parses no JSON). Stateless.
 */
final class PageJson {
    private PageJson() {
    }

    static void write(Context ctx, String name, Searcher.Page page, Params.Page p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + page.rows().size() * 600);
        out.writeBytes(("{\"total\":" + page.total() + ",\"offset\":" + p.offset() + ",\"limit\":" + p.limit()
                + ",\"" + name + "\":[").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < page.rows().size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(page.rows().get(i));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        ctx.contentType("application/json").result(out.toByteArray());
    }
}
