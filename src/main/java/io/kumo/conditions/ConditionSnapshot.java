package io.kumo.conditions;

import io.kumo.domain.RunConditions;
import java.time.Duration;

/**
 * The state a verdict is made on. A part the conditions do not ask about is {@link Answer#UNKNOWN} (or a null idle
 * time, a null host): {@link #probe} asks the source only what is needed, since some probes run programs or connect.
 */
public record ConditionSnapshot(Answer onAc, Answer online, HostPort host, Answer hostReachable, Duration idle,
                                Answer metered) {

    /** What {@code conditions} need, asked of {@code source}; an unparsable host is taken as unreachable. */
    public static ConditionSnapshot probe(ConditionSource source, RunConditions conditions) {
        HostPort host = null;
        Answer reachable = Answer.UNKNOWN;
        if (conditions.reachableHost() != null) {
            try {
                host = HostPort.parse(conditions.reachableHost());
                reachable = source.reachable(host);
            } catch (IllegalArgumentException e) {
                reachable = Answer.NO;
            }
        }
        return new ConditionSnapshot(
                conditions.onlyOnAc() ? source.onAcPower() : Answer.UNKNOWN,
                conditions.onlyOnline() && conditions.reachableHost() == null ? source.networkUp() : Answer.UNKNOWN,
                host, reachable,
                conditions.idleSeconds() != null ? source.idleTime().orElse(null) : null,
                conditions.notMetered() ? source.metered() : Answer.UNKNOWN);
    }

    /** Everything but a host, for "what Kumo sees now". */
    public static ConditionSnapshot everything(ConditionSource source) {
        return new ConditionSnapshot(source.onAcPower(), source.networkUp(), null, Answer.UNKNOWN,
                source.idleTime().orElse(null), source.metered());
    }
}
