package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class StormGuardTest {

    private static final Instant T0 = Instant.parse("2026-12-06T00:00:00Z");

    @Test
    void twentyFiveEventsInAMinuteAdmitTen() {
        StormGuard guard = new StormGuard(10);
        int admitted = 0;
        for (int i = 0; i < 25; i++) {
            if (guard.admit(T0.plusSeconds(2L * i))) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(10);
    }

    @Test
    void windowSlidesSoRoomReturnsWhenTheOldestLeaves() {
        StormGuard guard = new StormGuard(2);
        assertThat(guard.admit(T0)).isTrue();
        assertThat(guard.admit(T0.plusSeconds(30))).isTrue();
        assertThat(guard.admit(T0.plusSeconds(59))).isFalse();

        assertThat(guard.admit(T0.plusSeconds(60))).isTrue();
        assertThat(guard.admit(T0.plusSeconds(61))).isFalse();
    }

    @Test
    void nextSlotIsWhenTheOldestAdmittedLeavesTheWindow() {
        StormGuard guard = new StormGuard(2);
        guard.admit(T0);
        guard.admit(T0.plusSeconds(30));

        assertThat(guard.nextSlot(T0.plusSeconds(40))).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void nextSlotIsNowWhenThereIsRoom() {
        StormGuard guard = new StormGuard(2);
        guard.admit(T0);

        assertThat(guard.nextSlot(T0.plusSeconds(5))).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void refusedMessagesDoNotUseUpTheWindow() {
        StormGuard guard = new StormGuard(1);
        guard.admit(T0);
        guard.admit(T0.plusSeconds(50));

        assertThat(guard.admit(T0.plusSeconds(60))).isTrue();
    }
}
