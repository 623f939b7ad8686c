package io.kumo.isolation.limits;

import io.kumo.isolation.ConfinementRequest;
import java.util.UUID;

/** Names of the cgroups and scopes Kumo makes: the run id for people, a random part so two Kumo data folders never collide. */
final class RunCgroupNames {

    static final String PREFIX = "kumo-run-";

    private RunCgroupNames() {
    }

    static String of(ConfinementRequest request) {
        return PREFIX + request.runId() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
