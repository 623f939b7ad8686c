package io.kumo.alerts.send;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One result for a message sent to each target of a channel (Telegram chats, ntfy topics). Every target is tried in
 * each attempt, so one target's refusal never keeps the message from the others. Delivered only when every target
 * took it; otherwise the error names each target that did not, and how many did. Failed when a target refused for
 * good (another attempt could not change that and would only repeat the message to the others); Retry when every
 * miss is worth another try. A retry sends to every target again, so targets that already took the message get it
 * twice: Kumo keeps no state between attempts, and a duplicate is better than a lost alert.
 */
final class EachTarget {

    /** One target's result. @param name how the error names it ("chat 42", "topic kumo") */
    record Outcome(String name, SendResult result) {
    }

    private EachTarget() {
    }

    static SendResult combined(List<Outcome> outcomes) {
        List<Outcome> missed = outcomes.stream().filter(outcome -> !outcome.result().delivered()).toList();
        if (missed.isEmpty()) {
            return outcomes.getFirst().result();
        }
        int delivered = outcomes.size() - missed.size();
        String line = (delivered == 0 ? "" : "delivered to " + delivered + " of " + outcomes.size() + "; ")
                + String.join("; ", missed.stream().map(outcome -> outcome.name() + ": " + outcome.result().error()).toList());
        if (missed.stream().anyMatch(outcome -> outcome.result() instanceof SendResult.Failed)) {
            return new SendResult.Failed(line);
        }
        Duration delay = missed.stream().map(outcome -> ((SendResult.Retry) outcome.result()).retryAfter()).filter(Objects::nonNull)
                .max(Duration::compareTo).orElse(null);
        return new SendResult.Retry(line, delay);
    }
}
