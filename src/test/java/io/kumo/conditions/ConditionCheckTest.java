package io.kumo.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.RunConditions;
import io.kumo.testkit.FakeConditions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each condition against a fake computer: the reasons a user reads, and what an unknown answer means. */
class ConditionCheckTest {

    private final FakeConditions computer = new FakeConditions();

    private ConditionVerdict check(RunConditions conditions) {
        return ConditionCheck.evaluate(conditions, ConditionSnapshot.probe(computer, conditions));
    }

    private static RunConditions onlyOnAc() {
        return new RunConditions(true, false, null, null, false, 0);
    }

    @Test
    void noConditionsAlwaysHold() {
        computer.onAc = Answer.NO;
        computer.online = Answer.NO;
        assertThat(check(RunConditions.NONE).holds()).isTrue();
    }

    @Test
    void onBatteryIsNotOnAcPower() {
        computer.onAc = Answer.NO;
        ConditionVerdict verdict = check(onlyOnAc());
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.reasons()).isEqualTo("not on AC power");
        assertThat(verdict.unmet()).extracting(Unmet::awaited).containsExactly("AC power");
    }

    @Test
    void onAcPowerHolds() {
        computer.onAc = Answer.YES;
        assertThat(check(onlyOnAc()).holds()).isTrue();
    }

    @Test
    void unknownPowerDoesNotHoldTheRunBackButIsNamed() {
        computer.onAc = Answer.UNKNOWN;
        ConditionVerdict verdict = check(onlyOnAc());
        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.unchecked()).containsExactly("AC power could not be checked here");
    }

    @Test
    void noNetworkIsNamed() {
        computer.online = Answer.NO;
        assertThat(check(new RunConditions(false, true, null, null, false, 0)).reasons()).isEqualTo("no network");
    }

    @Test
    void anUnreachableHostIsNamedWithItsDefaultPort() {
        ConditionVerdict verdict = check(new RunConditions(false, true, "example.com", null, false, 0));
        assertThat(verdict.reasons()).isEqualTo("example.com:443 is not reachable");
    }

    @Test
    void aReachableHostHoldsEvenWithoutAnotherNetworkCheck() {
        computer.online = Answer.NO; // the host decides: "online" with a host means that host
        computer.reachableHosts.add("example.com:8443");
        assertThat(check(new RunConditions(false, true, "example.com:8443", null, false, 0)).holds()).isTrue();
    }

    @Test
    void aMisspelledHostDoesNotHold() {
        ConditionVerdict verdict = check(new RunConditions(false, false, "example.com:https", null, false, 0));
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.reasons()).isEqualTo("example.com:https is not reachable");
    }

    @Test
    void tooShortAnIdleTimeSaysHowLongOfHowLong() {
        computer.idle = Duration.ofMinutes(3).plusSeconds(20);
        ConditionVerdict verdict = check(new RunConditions(false, false, null, 600L, false, 0));
        assertThat(verdict.reasons()).isEqualTo("idle 3 min of the 10 min required");
        assertThat(verdict.unmet()).extracting(Unmet::awaited).containsExactly("10 min of idle time");
    }

    @Test
    void longEnoughAnIdleTimeHolds() {
        computer.idle = Duration.ofMinutes(10);
        assertThat(check(new RunConditions(false, false, null, 600L, false, 0)).holds()).isTrue();
    }

    @Test
    void unknownIdleTimeIsNotAppliedAndSaysSo() {
        computer.idle = null;
        ConditionVerdict verdict = check(new RunConditions(false, false, null, 600L, false, 0));
        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.unchecked()).containsExactly("the idle time is unknown here (the idle condition was not applied)");
    }

    @Test
    void aMeteredConnectionIsNamed() {
        computer.metered = Answer.YES;
        assertThat(check(new RunConditions(false, false, null, null, true, 0)).reasons()).isEqualTo("on a metered connection");
    }

    @Test
    void unknownMeteringDoesNotHoldTheRunBack() {
        computer.metered = Answer.UNKNOWN;
        ConditionVerdict verdict = check(new RunConditions(false, false, null, null, true, 0));
        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.unchecked()).hasSize(1);
    }

    @Test
    void everyUnmetConditionIsListedInOrder() {
        computer.onAc = Answer.NO;
        computer.online = Answer.NO;
        computer.metered = Answer.YES;
        assertThat(check(new RunConditions(true, true, null, null, true, 0)).reasons())
                .isEqualTo("not on AC power, no network, on a metered connection");
    }

    @Test
    void onlyWhatTheConditionsNeedIsProbed() {
        ConditionSource refusing = new FakeConditions() {
            @Override
            public java.util.Optional<Duration> idleTime() {
                throw new AssertionError("idle time probed though no condition needs it");
            }
        };
        ConditionSnapshot snapshot = ConditionSnapshot.probe(refusing, onlyOnAc());
        assertThat(snapshot.idle()).isNull();
        assertThat(snapshot.metered()).isEqualTo(Answer.UNKNOWN);
    }
}
