package org.crosscheck.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/** The route table the controllers fill in. Not thread-safe: filled once, before the server starts. */
public final class Routes {
    private final List<Route> routes = new ArrayList<>();

    /** A read: open unless the server is private. */
    public Routes get(String path, String summary, List<String> params, Handler handler) {
        routes.add(new Route(HandlerType.GET, path, summary, params, Access.READ, Route.Body.NONE, handler));
        return this;
    }

    /** A read anyone may make, even on a private server. */
    public Routes open(String path, String summary, Handler handler) {
        routes.add(new Route(HandlerType.GET, path, summary, List.of(), Access.OPEN, Route.Body.NONE, handler));
        return this;
    }

    /** A write: an editor token and a JSON body. */
    public Routes post(String path, String summary, Handler handler) {
        routes.add(new Route(HandlerType.POST, path, summary, List.of(), Access.WRITE, Route.Body.JSON, handler));
        return this;
    }

    /** A write whose body is JSON or plain text: an editor token. */
    public Routes postText(String path, String summary, Handler handler) {
        routes.add(new Route(HandlerType.POST, path, summary, List.of(), Access.WRITE, Route.Body.JSON_OR_TEXT,
                handler));
        return this;
    }

    public List<Route> list() {
        return List.copyOf(routes);
    }
}
