package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.api.ApiAddress;
import io.kumo.rest.metrics.KumoMetrics;
import io.kumo.app.KumoCore;
import io.kumo.json.Json;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemEndpointsTest {

    @TempDir
    Path dataDir;

    private KumoCore core;
    private ApiServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void open() {
        core = TestCores.open(dataDir);
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
        core.close();
    }

    @Test
    void healthAnswersWithoutAToken() throws Exception {
        serve(List.of());
        HttpResponse<String> answer = get("/api/v1/health");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode health = Json.MAPPER.readTree(answer.body());
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("version").asText()).isNotBlank();
        assertThat(health.path("engine").asText()).isIn("starting", "running", "paused", "stopping", "stopped");
        assertThat(health.path("scheduling_paused").isBoolean()).isTrue();
    }

    @Test
    void theOpenApiDocumentOfSampleRoutesValidatesAndNamesTheirErrorsAndSecurity() throws Exception {
        serve(sampleRoutes());
        HttpResponse<String> answer = get("/api/v1/openapi.json");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertValid(answer.body());
        JsonNode document = Json.MAPPER.readTree(answer.body());
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        JsonNode run = document.at("/paths/~1api~1v1~1samples~1{name}~1run/post");
        assertThat(run.path("tags").get(0).asText()).isEqualTo("Samples");
        assertThat(run.path("responses").has("401")).isTrue();
        assertThat(run.path("responses").has("403")).isTrue();
        assertThat(run.path("responses").has("429")).isTrue();
        assertThat(run.path("responses").has("202")).isTrue();
        assertThat(run.at("/security/0").has("bearer")).isTrue();
        assertThat(run.at("/parameters/0/name").asText()).isEqualTo("name");
        assertThat(run.at("/requestBody/content/application~1json/schema/properties/params/type").asText()).isEqualTo("object");
        JsonNode health = document.at("/paths/~1api~1v1~1health/get");
        assertThat(health.path("security").size()).isZero();
        assertThat(health.path("responses").has("401")).isFalse();
    }

    @Test
    void theDocumentOfEveryGroupInTheCatalogValidates() throws Exception {
        core.startEngine(new OsProcessLauncher(), System.getenv());
        try (KumoMetrics metrics = KumoMetrics.attach(core)) {
            List<ApiRoute> routes = ApiCatalog.routes(core, metrics);
            assertValid(Json.MAPPER.writeValueAsString(OpenApiDocument.of(routes, "test")));
            assertThat(routes).extracting(ApiRoute::path).contains("/api/v1/health", "/api/v1/openapi.json", "/api/v1/docs");
        }
    }

    @Test
    void theCatalogsDocumentSaysWhatTheRoutesReallyAnswer() throws Exception {
        core.startEngine(new OsProcessLauncher(), System.getenv());
        try (KumoMetrics metrics = KumoMetrics.attach(core)) {
            String json = Json.MAPPER.writeValueAsString(OpenApiDocument.of(ApiCatalog.routes(core, metrics), "test"));
            assertValid(json);
            JsonNode paths = Json.MAPPER.readTree(json).path("paths");

            JsonNode log = paths.path("/api/v1/runs/{id}/log").path("get").at("/responses/200/content");
            assertThat(log.has("text/plain")).isTrue();
            assertThat(log.path("text/event-stream").at("/schema/type").asText()).isEqualTo("string");
            assertThat(responses(paths, "/api/v1/tasks/{name}/run", "post")).contains("202", "503");
            assertThat(responses(paths, "/api/v1/tasks/{name}/stop", "post")).contains("200", "503");
            assertThat(responses(paths, "/api/v1/workflows/{name}/run", "post")).contains("202", "413", "503");
            assertThat(responses(paths, "/api/v1/channels/{name}/test", "post")).contains("200", "502").doesNotContain("413");
            assertThat(responses(paths, "/api/v1/tasks", "post")).contains("413");
            assertThat(responses(paths, "/api/v1/tasks", "get")).doesNotContain("413", "503");
            assertThat(paths.at("/~1api~1v1~1tasks~1{name}~1run/post/responses/202/content/application~1json/schema/properties/status/enum")
                    .toString()).contains("\"SKIPPED\"");
            assertThat(paths.at("/~1api~1v1~1tasks~1{name}~1run/post/description").asText()).contains("SKIPPED");
            // a plain step's handler_on is null: the nullable enum must list it, or every ordinary step fails the schema
            JsonNode handlerOn = paths.at("/~1api~1v1~1workflows~1{name}/get/responses/200/content/application~1json/schema"
                    + "/properties/steps/items/properties/handler_on");
            assertThat(handlerOn.path("type").toString()).contains("\"null\"");
            assertThat(handlerOn.path("enum")).anySatisfy(value -> assertThat(value.isNull()).isTrue());
        }
    }

    private static List<String> responses(JsonNode paths, String path, String method) {
        List<String> statuses = new ArrayList<>();
        paths.path(path).path(method).path("responses").fieldNames().forEachRemaining(statuses::add);
        assertThat(statuses).as(method + " " + path).isNotEmpty();
        return statuses;
    }

    @Test
    void theDocsPageListsEveryOperationWithoutScripts() throws Exception {
        serve(sampleRoutes());
        HttpResponse<String> page = get("/api/v1/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<h2 id=\"Samples\">", "/api/v1/samples/{name}/run", "role: operator",
                "curl -X POST -H 'Authorization: Bearer $KUMO_TOKEN' -H 'Content-Type: application/json'",
                "<h2 id=\"System\">").doesNotContain("<script", "http://cdn", "https://");
    }

    private void assertValid(String json) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
    }

    private void serve(List<ApiRoute> others) {
        List<ApiRoute> routes = new ArrayList<>(new SystemEndpoints(core, others).routes());
        routes.addAll(others);
        server = ApiServer.start(ApiListen.plain(new ApiAddress("127.0.0.1", 0)), routes, secret -> Optional.empty(),
                () -> false, new FailedAttemptLimiter(Clock.systemUTC()));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<ApiRoute> sampleRoutes() {
        JsonSchema sample = JsonSchema.object(Map.of("name", JsonSchema.string(), "runs", JsonSchema.integer()), "name");
        return List.of(
                new ApiRoute(ApiMethod.GET, "/api/v1/samples", Access.VIEWER, ctx -> ctx.json(List.of()),
                        ApiDoc.of("Samples", "List samples").withParams(
                                ApiParam.query("limit", JsonSchema.integer(), "at most this many"))
                                .returning(200, JsonSchema.array(sample))),
                new ApiRoute(ApiMethod.POST, "/api/v1/samples/{name}/run", Access.OPERATOR, ctx -> ctx.status(202),
                        ApiDoc.of("Samples", "Run a sample").withParams(ApiParam.path("name", "its name"))
                                .withBody(JsonSchema.object(Map.of("params", JsonSchema.anyObject())))
                                .returning(202, sample)),
                new ApiRoute(ApiMethod.DELETE, "/api/v1/samples/{name}", Access.ADMIN, ctx -> ctx.status(204),
                        ApiDoc.of("Samples", "Delete a sample").returningRaw(204, "")),
                new ApiRoute(ApiMethod.POST, "/api/v1/hooks/{id}", Access.HOOK, ctx -> ctx.status(202),
                        ApiDoc.of("Hooks", "Trigger").withParams(ApiParam.header("X-Hub-Signature-256", "sha256=HEX"))),
                new ApiRoute(ApiMethod.GET, "/metrics", Access.METRICS, ctx -> ctx.result("# none"),
                        ApiDoc.of("Metrics", "Prometheus metrics").returningRaw(200, "text/plain")));
    }
}
