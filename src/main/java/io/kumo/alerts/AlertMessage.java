package io.kumo.alerts;

import java.util.Map;

/**
 * One message, rendered from a channel's template, before a sender shapes it for its service.
 *
 * @param subject  one line, plain text (mail subject, card title)
 * @param markdown the body in CommonMark; its values are already escaped ({@link Rendering} turns it into HTML, Slack
 *                 mrkdwn, Telegram HTML or plain text)
 * @param details  machine-readable facts for services that take them (the JSON webhook's {@code kumo} object):
 *                 event, run_id, task, workflow, project, status, exit_code, duration_ms, host, link — absent keys left out
 */
public record AlertMessage(String subject, String markdown, EventKind event, Severity severity, Map<String, String> details) {

    public AlertMessage {
        details = Map.copyOf(details);
    }
}
