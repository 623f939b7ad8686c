package io.kumo.alerts.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.Rendering;
import io.kumo.alerts.WeComSpec;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Posts a WeCom group robot's Markdown message to {@code /cgi-bin/webhook/send?key=…} (no signature: the key is it). */
public final class WeComSender {

    /** WeCom's Markdown content limit, in UTF-8 bytes. */
    static final int CONTENT_BYTES = 4096;

    /** -1 "system busy", 45009 "api freq out of limit". */
    private static final RobotPost.Shape SHAPE = new RobotPost.Shape("WeCom", List.of("errcode"), List.of("errmsg"), Set.of(-1L, 45009L));

    private final RobotPost post;

    public WeComSender(HttpTransport http, Clock clock) {
        this.post = new RobotPost(http);
    }

    public SendResult send(AlertMessage message, WeComSpec channel) {
        URI uri = URI.create(channel.origin() + "/cgi-bin/webhook/send?key=" + URLEncoder.encode(channel.key(), StandardCharsets.UTF_8));
        ObjectNode body = post.object();
        body.put("msgtype", "markdown");
        body.putObject("markdown").put("content", ByteCut.utf8("**" + Rendering.escape(message.subject()) + "**\n" + message.markdown(), CONTENT_BYTES));
        return post.post(uri, body, SHAPE, channel.secrets());
    }
}
