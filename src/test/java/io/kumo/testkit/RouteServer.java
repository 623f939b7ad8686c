package io.kumo.testkit;

import io.javalin.Javalin;
import io.kumo.rest.ApiEndpoints;
import io.kumo.rest.ApiRoute;
import io.kumo.rest.JavalinBasics;
import io.kumo.common.Actor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A real Javalin on a free loopback port serving some endpoint groups' routes, without the API server's token checks
 * (every call acts as {@code api:test}): for testing a group's handlers over real HTTP. The real server's own tests
 * cover access control.
 */
public final class RouteServer implements AutoCloseable {

    public static final Actor ACTOR = Actor.ofApiToken("test");

    private final Javalin javalin;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RouteServer(ApiEndpoints... groups) {
        javalin = Javalin.create(config -> {
            JavalinBasics.apply(config);
            for (ApiEndpoints group : groups) {
                for (ApiRoute route : group.routes()) {
                    config.routes.addHttpHandler(route.method().handlerType(), route.path(),
                            ctx -> ScopedValue.where(Actor.ACTING, ACTOR).call(() -> {
                                route.handler().handle(ctx);
                                return null;
                            }));
                }
            }
        }).start("127.0.0.1", 0);
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + javalin.port() + pathAndQuery);
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30));
        request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient client() {
        return client;
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
