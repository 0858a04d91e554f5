package org.crosscheck.server.http;

import io.javalin.plugin.bundled.GlobalHeadersConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every response, errors included: a content security policy that allows only the server's own scripts and styles, no
 * sniffing, no framing, no referrer, the page and its resources kept to this origin. Stateless.
 */
public final class SecurityHeaders {
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Configures Javalin's global headers plugin. */
    public static void configure(GlobalHeadersConfig h) {
        h.contentSecurityPolicy(CSP);
        h.xContentTypeOptionsNoSniff();
        h.referrerPolicy(GlobalHeadersConfig.ReferrerPolicy.NO_REFERRER);
        h.xFrameOptions(GlobalHeadersConfig.XFrameOptions.DENY);
        h.crossOriginOpenerPolicy(GlobalHeadersConfig.CrossOriginOpenerPolicy.SAME_ORIGIN);
        h.crossOriginResourcePolicy(GlobalHeadersConfig.CrossOriginResourcePolicy.SAME_ORIGIN);
    }

    /** The same headers by name, for responses Javalin does not write. */
    public static Map<String, String> all() {
        GlobalHeadersConfig h = new GlobalHeadersConfig();
        configure(h);
        return new LinkedHashMap<>(h.getHeaders());
    }
}
