package io.kumo.testkit;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Opens real cores on temporary data directories. */
public final class TestCores {

    public static final Actor ACTOR = new Actor("tester@testhost");
    public static final Instant T0 = Instant.parse("2026-03-01T06:00:00.003Z");

    private TestCores() {
    }

    public static KumoCore open(Path dataDir) {
        return KumoCore.open(new DataDirectory(dataDir), Clock.systemUTC(), ACTOR);
    }

    public static KumoCore open(Path dataDir, Clock clock) {
        return KumoCore.open(new DataDirectory(dataDir), clock, ACTOR);
    }

    public static Clock fixedClock() {
        return Clock.fixed(T0, ZoneOffset.UTC);
    }
}
