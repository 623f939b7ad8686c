package io.kumo.api.http;

import static io.kumo.api.http.WorkflowEndpointsTest.assertError;
import static io.kumo.api.http.WorkflowEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogEndpointsTest {

    private static final String MARKER = "Zq9markerTOKEN77";

    @TempDir
    Path data;

    private final LocalWebhookServer hooks = LocalWebhookServer.start();
    private KumoCore core;
    private RouteServer server;

    @BeforeEach
    void open() {
        core = TestCores.open(data);
        server = new RouteServer(new CatalogEndpoints(core));
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
        hooks.close();
    }

    private void addChannel(String name) {
        core.channelService().add(name, "json://ops:" + MARKER + "@" + hooks.base().substring("http://".length()) + "/alerts", null);
    }

    @Test
    void channelTestSendsTheTestMessageAndAnswersDelivered() throws Exception {
        addChannel("ops");
        assertThat(json(server.send("POST", "/api/v1/channels/ops/test", null), 200).get("delivered").asBoolean()).isTrue();
        LocalWebhookServer.Request request = hooks.next(Duration.ofSeconds(30));
        assertThat(request.path()).isEqualTo("/alerts");
        assertThat(core.deliveryLog().page(io.kumo.alerts.service.DeliveryQuery.ALL, 0, 10)).singleElement()
                .satisfies(line -> assertThat(line.status().name()).isEqualTo("DELIVERED"));
    }

    @Test
    void aRefusedTestAnswers502WithTheMaskedOneLineError() {
        addChannel("ops");
        hooks.answerAlways(401, "{\"error\":\"bad token " + MARKER + "\"}");
        HttpResponse<String> answer = server.send("POST", "/api/v1/channels/ops/test", null);
        assertError(answer, 502, "channel ops: ");
        assertThat(answer.body()).doesNotContain(MARKER).doesNotContain("\\n");
    }

    @Test
    void anUnknownChannelAnswers404AndListsAreMasked() throws Exception {
        assertError(server.send("POST", "/api/v1/channels/nope/test", null), 404, "no channel named 'nope'");
        addChannel("ops");
        HttpResponse<String> list = server.get("/api/v1/channels");
        assertThat(list.body()).doesNotContain(MARKER).contains("******");
        assertThat(json(list, 200).get(0).get("name").asText()).isEqualTo("ops");
        assertThat(json(server.get("/api/v1/environments"), 200)).isEmpty();
        assertThat(json(server.get("/api/v1/projects"), 200)).isEmpty();
    }
}
