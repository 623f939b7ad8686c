package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.common.Actor;
import io.kumo.common.ValidationException;
import io.kumo.testkit.RouteServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteServerTest {

    private final ApiEndpoints echo = () -> List.of(
            new ApiRoute(ApiMethod.POST, "/api/v1/echo/{name}", Access.VIEWER,
                    ctx -> ctx.json(Map.of("name", ctx.pathParam("name"), "actor", Actor.ACTING.get().name(),
                            "body", RequestBodies.object(ctx))), ApiDoc.of("Test", "echo")),
            new ApiRoute(ApiMethod.GET, "/api/v1/refuse", Access.VIEWER, ctx -> {
                throw new ValidationException("no: not today");
            }, ApiDoc.of("Test", "refuse")));

    @Test
    void servesRoutesWithTheSharedJsonAndErrors() {
        try (RouteServer server = new RouteServer(echo)) {
            HttpResponse<String> ok = server.send("POST", "/api/v1/echo/abc", "{\"x\": 1}");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("\"name\" : \"abc\"").contains("\"actor\" : \"api:test\"").contains("\"x\" : 1");
            HttpResponse<String> notJson = server.send("POST", "/api/v1/echo/abc", "[1]");
            assertThat(notJson.statusCode()).isEqualTo(400);
            assertThat(notJson.body()).contains("must be a JSON object");
            HttpResponse<String> refused = server.get("/api/v1/refuse");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("\"error\" : \"no: not today\"");
        }
    }
}
