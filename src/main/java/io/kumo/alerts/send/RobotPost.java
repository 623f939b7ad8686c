package io.kumo.alerts.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Posts a chat robot's JSON (DingTalk, WeCom, Feishu) through {@link Webhook} and judges its answer. These robots
 * answer HTTP 200 even when they refuse: only a code of 0 in the body means delivered. A rate-limit or "busy" code,
 * 408, 429 and 5xx mean "try again later"; any other code is a refusal, reported with the code and the vendor's
 * message.
 */
final class RobotPost {

    /**
     * How one vendor answers.
     *
     * @param vendor        the name errors start with ("DingTalk")
     * @param codeFields    where the code is, first present wins ("errcode"; Feishu: "code", older "StatusCode")
     * @param messageFields where the vendor's message is ("errmsg"; Feishu: "msg", "StatusMessage")
     * @param retryCodes    the codes that mean "sent too fast" or "busy, try again"
     */
    record Shape(String vendor, List<String> codeFields, List<String> messageFields, Set<Long> retryCodes) {
    }

    private final Webhook webhook;

    RobotPost(HttpTransport http) {
        this.webhook = new Webhook(http);
    }

    ObjectNode object() {
        return webhook.object();
    }

    /** Posts the body; {@code secrets} are masked in every error (the channel's, and the signature sent). */
    SendResult post(URI uri, ObjectNode body, Shape shape, List<String> secrets) {
        return webhook.post(uri, body, secrets, answer -> judge(answer, shape));
    }

    private SendResult judge(HttpAnswer answer, Shape shape) {
        JsonNode body = webhook.body(answer);
        Optional<String> codeField = shape.codeFields().stream().filter(field -> body.path(field).canConvertToLong()).findFirst();
        if (codeField.isPresent()) {
            long code = body.path(codeField.get()).asLong();
            if (code == 0 && answer.is2xx()) {
                return new SendResult.Delivered("HTTP " + answer.status() + ", " + codeField.get() + " 0");
            }
            if (code != 0) {
                String message = shape.messageFields().stream().map(field -> body.path(field)).filter(JsonNode::isTextual)
                        .map(JsonNode::asText).findFirst().map(text -> ": " + ErrorText.oneLine(text)).orElse("");
                String error = shape.vendor() + " refused it (" + codeField.get() + " " + code + message + ", HTTP " + answer.status() + ")";
                return shape.retryCodes().contains(code) ? new SendResult.Retry(error, answer.retryAfter().orElse(null))
                        : HttpDelivery.refused(answer, error);
            }
        }
        String error = ErrorText.answer(answer.status(), answer.body());
        if (answer.is2xx()) {
            return new SendResult.Failed(shape.vendor() + " answered without a result code, so it may not have been delivered: " + error);
        }
        return HttpDelivery.refused(answer, error);
    }
}
