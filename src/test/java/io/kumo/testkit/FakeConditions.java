package io.kumo.testkit;

import io.kumo.conditions.Answer;
import io.kumo.conditions.ConditionSource;
import io.kumo.conditions.HostPort;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A computer whose power, network, idle time and metering a test sets; hosts are reachable when added. */
public class FakeConditions implements ConditionSource {

    public volatile Answer onAc = Answer.YES;
    public volatile Answer online = Answer.YES;
    public volatile Duration idle;
    public volatile Answer metered = Answer.NO;
    public final Set<String> reachableHosts = ConcurrentHashMap.newKeySet();

    @Override
    public Answer onAcPower() {
        return onAc;
    }

    @Override
    public Answer networkUp() {
        return online;
    }

    @Override
    public Answer reachable(HostPort host) {
        return Answer.of(reachableHosts.contains(host.toString()));
    }

    @Override
    public Optional<Duration> idleTime() {
        return Optional.ofNullable(idle);
    }

    @Override
    public Answer metered() {
        return metered;
    }
}
