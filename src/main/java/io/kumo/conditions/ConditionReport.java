package io.kumo.conditions;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What run conditions see on this computer now, as {@code kumo conditions} and the API show it. */
public record ConditionReport(Answer onAcPower, Answer networkUp, Duration idle, Answer metered) {

    /** Probes the computer (programs and all): keep it off the FX thread. */
    public static ConditionReport of(ConditionSource source) {
        ConditionSnapshot now = ConditionSnapshot.everything(source);
        return new ConditionReport(now.onAc(), now.online(), now.idle(), now.metered());
    }

    /** {@code ac_power}, {@code network_up}, {@code metered}: "yes", "no" or "unknown"; {@code idle_seconds}: null unknown. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ac_power", onAcPower.word());
        fields.put("network_up", networkUp.word());
        fields.put("idle_seconds", idle == null ? null : idle.toSeconds());
        fields.put("metered", metered.word());
        return fields;
    }

    /** One line each, with what an unknown answer means for a task's condition. */
    public List<String> lines() {
        return List.of(
                "AC power:  " + onAcPower.word() + unknown(onAcPower, "only-on-AC is not applied"),
                "Network:   " + (networkUp == Answer.YES ? "up" : networkUp == Answer.NO ? "down" : "unknown")
                        + unknown(networkUp, "only-online is not applied"),
                "Idle:      " + (idle == null ? "unknown (no idle source here: only-idle is not applied)" : Minutes.format(idle)),
                "Metered:   " + metered.word() + unknown(metered, "not-metered is not applied"));
    }

    private static String unknown(Answer answer, String meaning) {
        return answer == Answer.UNKNOWN ? " (" + meaning + ")" : "";
    }
}
