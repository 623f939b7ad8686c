package io.kumo.alerts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one message that sums up what a channel's storm guard or quiet hours held back: a line per event, oldest first. */
final class DigestText {

    /** Lines listed before the rest is only counted. */
    static final int MAX_LINES = 50;

    private DigestText() {
    }

    static AlertMessage message(String channelName, List<AlertEvent> held, int dropped, RenderContext context) {
        int total = held.size() + Math.max(0, dropped);
        String subject = Templates.subject(total + (total == 1 ? " alert" : " alerts") + " held back");
        StringBuilder body = new StringBuilder("**").append(Rendering.escape(subject)).append("** for ")
                .append(Rendering.escape(channelName)).append(" on ").append(Rendering.escape(context.host())).append("\n\n");
        held.stream().limit(MAX_LINES).forEach(event -> body.append("- ").append(line(event, context)).append('\n'));
        if (held.size() > MAX_LINES) {
            body.append("- … and ").append(held.size() - MAX_LINES).append(" more\n");
        }
        if (dropped > 0) {
            body.append("- \\+").append(dropped).append(" lost (more arrived than Kumo keeps)\n");
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("event", EventKind.DIGEST.word());
        details.put("channel", channelName);
        details.put("held", Integer.toString(held.size()));
        details.put("dropped", Integer.toString(Math.max(0, dropped)));
        if (context.host() != null && !context.host().isEmpty()) {
            details.put("host", context.host());
        }
        return new AlertMessage(subject, body.toString().strip(), EventKind.DIGEST, Severity.INFO, details);
    }

    private static String line(AlertEvent event, RenderContext context) {
        RunFacts facts = event.facts();
        Instant when = facts.endedAt() != null ? facts.endedAt() : facts.startedAt();
        String time = TemplateValues.time(when, context);
        return Rendering.escape(TemplateValues.headline(event, context)) + (time.isEmpty() ? "" : " · " + time);
    }
}
