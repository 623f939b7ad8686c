package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsGrowThenGiveUpAfterSixAttempts() {
        List<Duration> waits = new ArrayList<>();
        for (int failed = 1; ; failed++) {
            Optional<Duration> next = Backoff.next(failed, null);
            if (next.isEmpty()) {
                assertThat(failed).isEqualTo(6);
                break;
            }
            waits.add(next.get());
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofMinutes(10), Duration.ofMinutes(30));
        assertThat(Backoff.MAX_ATTEMPTS).isEqualTo(6);
    }

    @Test
    void serversRetryAfterIsHonouredWhenLonger() {
        assertThat(Backoff.next(1, Duration.ofSeconds(45))).contains(Duration.ofSeconds(45));
        assertThat(Backoff.next(3, Duration.ofSeconds(5))).contains(Duration.ofMinutes(2));
    }

    @Test
    void retryAfterIsCappedAtOneHour() {
        assertThat(Backoff.next(2, Duration.ofHours(5))).contains(Duration.ofHours(1));
    }

    @Test
    void nothingFailedYetMeansNow() {
        assertThat(Backoff.next(0, null)).contains(Duration.ZERO);
    }
}
