package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedAttemptLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T06:00:00Z"));
    private final FailedAttemptLimiter limiter = new FailedAttemptLimiter(clock);

    @Test
    void tenFailuresInAMinuteDoNotBlock() {
        fail("10.0.0.1", 10);
        assertThat(limiter.blockedFor("10.0.0.1")).isEmpty();
    }

    @Test
    void theEleventhFailureInAMinuteBlocksForAMinute() {
        fail("10.0.0.1", 11);
        assertThat(limiter.blockedFor("10.0.0.1")).contains(Duration.ofMinutes(1));
        assertThat(limiter.blockedFor("10.0.0.2")).isEmpty();
        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.blockedFor("10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.blockedFor("10.0.0.1")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail("10.0.0.1", 10);
        clock.advance(Duration.ofSeconds(61));
        fail("10.0.0.1", 10);
        assertThat(limiter.blockedFor("10.0.0.1")).isEmpty();
    }

    @Test
    void afterTheBlockTheCountStartsAgain() {
        fail("10.0.0.1", 11);
        clock.advance(Duration.ofMinutes(1));
        fail("10.0.0.1", 10);
        assertThat(limiter.blockedFor("10.0.0.1")).isEmpty();
    }

    @Test
    void remembersABoundedNumberOfClientsForgettingTheLeastRecent() {
        FailedAttemptLimiter small = new FailedAttemptLimiter(clock, 1, Duration.ofMinutes(1), Duration.ofMinutes(1), 3);
        small.recordFailure("a");
        small.recordFailure("a");
        for (String client : new String[] {"b", "c", "d", "e"}) {
            small.recordFailure(client);
        }
        assertThat(small.clientsRemembered()).isEqualTo(3);
        assertThat(small.blockedFor("a")).isEmpty();
    }

    @Test
    void anIpv6ClientIsItsSlash64Prefix() {
        fail("2001:db8:1:2::1", 6);
        fail("[2001:db8:1:2:ffff:eeee:dddd:cccc]", 5);
        assertThat(limiter.blockedFor("2001:db8:1:2:abcd::9")).contains(Duration.ofMinutes(1));
        assertThat(limiter.blockedFor("2001:db8:1:3::1")).isEmpty();
        assertThat(FailedAttemptLimiter.clientOf("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(FailedAttemptLimiter.clientOf("10.0.0.1")).isEqualTo("10.0.0.1");
    }

    private void fail(String client, int times) {
        for (int i = 0; i < times; i++) {
            limiter.recordFailure(client);
        }
    }
}
