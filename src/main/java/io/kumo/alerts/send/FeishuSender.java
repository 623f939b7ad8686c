package io.kumo.alerts.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.FeishuSpec;
import io.kumo.alerts.Severity;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Posts a Feishu / Lark bot's interactive card (a coloured header and a Markdown element) to
 * {@code /open-apis/bot/v2/hook/TOKEN}, with {@code timestamp} and {@code sign} ({@link Signatures#feishu}) in the body
 * when the channel has a secret.
 */
public final class FeishuSender {

    /** Feishu takes request bodies up to 20 KB; the card's frame, title and signature fit in what this leaves. */
    static final int CARD_TEXT_BYTES = 19 * 1024;
    private static final int TITLE_BYTES = 512;

    /** 11232 "frequency limited" (100 a minute, 5 a second). */
    private static final RobotPost.Shape SHAPE = new RobotPost.Shape("Feishu", List.of("code", "StatusCode"),
            List.of("msg", "StatusMessage"), Set.of(11232L));

    private final RobotPost post;
    private final Clock clock;

    public FeishuSender(HttpTransport http, Clock clock) {
        this.post = new RobotPost(http);
        this.clock = clock;
    }

    public SendResult send(AlertMessage message, FeishuSpec channel) {
        URI uri = URI.create(channel.origin() + "/open-apis/bot/v2/hook/" + URLEncoder.encode(channel.token(), StandardCharsets.UTF_8));
        List<String> secrets = new ArrayList<>(channel.secrets());
        ObjectNode body = post.object();
        if (channel.secret() != null) {
            long seconds = clock.instant().getEpochSecond();
            String sign = Signatures.feishu(seconds, channel.secret());
            secrets.add(sign);
            body.put("timestamp", Long.toString(seconds)).put("sign", sign);
        }
        body.put("msg_type", "interactive");
        ObjectNode card = body.putObject("card");
        card.putObject("config").put("wide_screen_mode", true);
        String title = ByteCut.jsonEscaped(message.subject(), TITLE_BYTES);
        ObjectNode header = card.putObject("header");
        header.putObject("title").put("tag", "plain_text").put("content", title);
        header.put("template", template(message.severity()));
        card.putArray("elements").addObject().put("tag", "markdown")
                .put("content", ByteCut.jsonEscaped(message.markdown(), CARD_TEXT_BYTES - ByteCut.jsonLength(title)));
        return post.post(uri, body, SHAPE, secrets);
    }

    /** The header's colour. */
    static String template(Severity severity) {
        return switch (severity) {
            case FAILURE -> "red";
            case WARNING -> "orange";
            case SUCCESS -> "green";
            case INFO -> "blue";
        };
    }
}
