package io.kumo.alerts.send;

import static io.kumo.alerts.send.WebhookFixture.MARKDOWN;
import static io.kumo.alerts.send.WebhookFixture.SUBJECT;
import static io.kumo.alerts.send.WebhookFixture.WAIT;
import static io.kumo.alerts.send.WebhookFixture.json;
import static io.kumo.alerts.send.WebhookFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.alerts.ChannelUrl;
import io.kumo.alerts.TeamsSpec;
import io.kumo.testkit.LocalWebhookServer;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TeamsSenderTest {

    static final String ID = "0c3f9a8e7d6b4c5a9e8f7d6c5b4a3f2e";
    static final String SIG = "Xy9_-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab";

    final WebhookFixture hooks = new WebhookFixture();
    final LocalWebhookServer server = hooks.server;
    final TeamsSender sender = new TeamsSender(hooks.http, Clock.systemUTC());

    @AfterEach
    void close() {
        hooks.close();
    }

    TeamsSpec spec() {
        return (TeamsSpec) ChannelUrl.parse("msteams://prod-161.westeurope.logic.azure.com:443/workflows/" + ID
                + "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=/triggers/manual/run&sv=1.0&sig=" + SIG + "&base=" + server.base());
    }

    @Test
    void postsAnAdaptiveCardToTheWorkflowsPathAndQuery() {
        server.answerAlways(202, "");

        SendResult result = sender.send(message(), spec());

        assertThat(result).isEqualTo(new SendResult.Delivered("HTTP 202"));
        LocalWebhookServer.Request request = server.next(WAIT);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/workflows/" + ID + "/triggers/manual/paths/invoke");
        assertThat(request.rawQuery()).isEqualTo("api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + SIG);
        assertThat(request.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode body = json(request);
        assertThat(body.path("type").asText()).isEqualTo("message");
        JsonNode attachment = body.path("attachments").path(0);
        assertThat(body.path("attachments").size()).isEqualTo(1);
        assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = attachment.path("content");
        assertThat(card.path("$schema").asText()).isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.4");
        JsonNode title = card.path("body").path(0);
        assertThat(title.path("type").asText()).isEqualTo("TextBlock");
        assertThat(title.path("text").asText()).isEqualTo(SUBJECT);
        assertThat(title.path("weight").asText()).isEqualTo("Bolder");
        assertThat(title.path("size").asText()).isEqualTo("Large");
        assertThat(title.path("wrap").asBoolean()).isTrue();
        JsonNode text = card.path("body").path(1);
        assertThat(text.path("type").asText()).isEqualTo("TextBlock");
        assertThat(text.path("text").asText()).isEqualTo(MARKDOWN);
        assertThat(text.path("wrap").asBoolean()).isTrue();
    }

    @Test
    void a200IsDeliveredToo() {
        server.answerAlways(200, "");

        assertThat(sender.send(message(), spec())).isEqualTo(new SendResult.Delivered("HTTP 200"));
    }

    @Test
    void anAzureErrorSurfacesItsMessageAndCodeWithTheSignatureMasked() {
        server.answerAlways(401, "{\"error\":{\"code\":\"DirectApiAuthorizationRequired\",\"message\":\"The signature " + SIG + " is wrong\"}}");

        SendResult result = sender.send(message(), spec());

        assertThat(result).isEqualTo(new SendResult.Failed("HTTP 401: The signature ****** is wrong (DirectApiAuthorizationRequired)"));
    }

    @Test
    void throttlingIsRetried() {
        server.answerAlways(429, "{\"error\":{\"code\":\"WorkflowRequestsThrottled\",\"message\":\"Rate limit is exceeded\"}}");

        assertThat(sender.send(message(), spec())).isInstanceOf(SendResult.Retry.class)
                .extracting(SendResult::error).isEqualTo("HTTP 429: Rate limit is exceeded (WorkflowRequestsThrottled)");
    }
}
