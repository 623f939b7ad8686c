package io.kumo.alerts.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.DingTalkSpec;
import io.kumo.alerts.Rendering;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Posts a DingTalk robot's Markdown message to {@code /robot/send?access_token=…}, signed ({@code &timestamp=&sign=},
 * see {@link Signatures#dingTalk}) when the channel has a secret, and @mentions the channel's mobiles.
 */
public final class DingTalkSender {

    /** DingTalk's text limit is about 20,000 bytes. */
    static final int TEXT_BYTES = 20_000;

    /** -1 "system busy"; 130101 "send too fast", 400013 and 410100 rate limits: the robot is throttled for a while. */
    private static final RobotPost.Shape SHAPE = new RobotPost.Shape("DingTalk", List.of("errcode"), List.of("errmsg"),
            Set.of(-1L, 130101L, 400013L, 410100L));

    private final RobotPost post;
    private final Clock clock;

    public DingTalkSender(HttpTransport http, Clock clock) {
        this.post = new RobotPost(http);
        this.clock = clock;
    }

    public SendResult send(AlertMessage message, DingTalkSpec channel) {
        List<String> secrets = new ArrayList<>(channel.secrets());
        StringBuilder query = new StringBuilder("access_token=").append(URLEncoder.encode(channel.token(), StandardCharsets.UTF_8));
        if (channel.secret() != null) {
            long millis = clock.millis();
            String sign = Signatures.dingTalk(millis, channel.secret());
            secrets.add(sign);
            query.append("&timestamp=").append(millis).append("&sign=").append(URLEncoder.encode(sign, StandardCharsets.UTF_8));
        }
        URI uri = URI.create(channel.origin() + "/robot/send?" + query);
        return post.post(uri, body(message, channel), SHAPE, secrets);
    }

    /** {@code {"msgtype":"markdown","markdown":{"title","text"},"at":{"atMobiles","isAtAll":false}}}; the title stays plain text. */
    private ObjectNode body(AlertMessage message, DingTalkSpec channel) {
        String heading = "#### " + Rendering.escape(message.subject()) + "\n\n";
        String mentions = channel.phones().isEmpty() ? ""
                : "\n\n" + channel.phones().stream().map(phone -> "@" + phone).collect(Collectors.joining(" "));
        String markdown = ByteCut.utf8(message.markdown(), Math.max(0, TEXT_BYTES - ByteCut.utf8Length(heading + mentions)));
        ObjectNode body = post.object();
        body.put("msgtype", "markdown");
        body.putObject("markdown").put("title", message.subject()).put("text", heading + markdown + mentions);
        ObjectNode at = body.putObject("at");
        channel.phones().forEach(at.putArray("atMobiles")::add);
        at.put("isAtAll", false);
        return body;
    }
}
