package io.kumo.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the helper programs print, read the way each probe reads it (the programs faked: this machine has none). */
class OsProbesTest {

    /** Answers the commands it knows with what the real program prints; any other is "not installed". */
    private record Printed(Map<List<String>, String> outputs) implements Programs {
        @Override
        public Optional<String> output(List<String> command, Duration timeout) {
            return Optional.ofNullable(outputs.get(command));
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @Test
    void gnomeIdleMonitorIsInMilliseconds() {
        var probe = new LinuxIdleProbe(new Printed(Map.of(LinuxIdleProbe.MUTTER, "(uint64 185000,)\n")), TIMEOUT);
        assertThat(probe.idle()).contains(Duration.ofMillis(185000));
    }

    @Test
    void theScreensaverAnswersWhenMutterIsAbsentInSeconds() {
        var probe = new LinuxIdleProbe(new Printed(Map.of(LinuxIdleProbe.SCREENSAVER, "(uint32 42,)\n")), TIMEOUT);
        assertThat(probe.idle()).contains(Duration.ofSeconds(42));
    }

    @Test
    void xprintidleIsTheLastResort() {
        var probe = new LinuxIdleProbe(new Printed(Map.of(LinuxIdleProbe.XPRINTIDLE, "5300\n")), TIMEOUT);
        assertThat(probe.idle()).contains(Duration.ofMillis(5300));
    }

    @Test
    void withoutAnyDesktopHelperTheIdleTimeIsUnknown() {
        assertThat(new LinuxIdleProbe(new Printed(Map.of()), TIMEOUT).idle()).isEmpty();
    }

    @Test
    void macHidIdleTimeIsInNanoseconds() {
        String ioreg = "    | |   \"HIDIdleTime\" = 61000000000\n    | |   \"HIDKeyboardModifierMappingPairs\" = ()\n";
        var probe = new MacIdleProbe(new Printed(Map.of(MacIdleProbe.IOREG, ioreg)), TIMEOUT);
        assertThat(probe.idle()).contains(Duration.ofSeconds(61));
    }

    @Test
    void networkManagerSaysWhetherAnyDeviceIsMetered() {
        assertThat(MeteredProbe.parse("GENERAL.METERED:no\nGENERAL.METERED:yes (guessed)\n")).isEqualTo(Answer.YES);
        assertThat(MeteredProbe.parse("GENERAL.METERED:no\nGENERAL.METERED:unknown\n")).isEqualTo(Answer.NO);
        assertThat(MeteredProbe.parse("GENERAL.METERED:unknown\n")).isEqualTo(Answer.UNKNOWN);
        assertThat(new MeteredProbe(new Printed(Map.of()), TIMEOUT).metered()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void aComputerWithoutBatteryIsOnAcAndOneDischargingIsNot() {
        assertThat(PowerProbe.fromSources(List.of())).isEqualTo(Answer.YES);
        assertThat(PowerProbe.fromSources(List.of(new PowerProbe.Reading(true, false, false)))).isEqualTo(Answer.YES);
        assertThat(PowerProbe.fromSources(List.of(new PowerProbe.Reading(false, false, true)))).isEqualTo(Answer.NO);
        assertThat(PowerProbe.fromSources(List.of(new PowerProbe.Reading(false, false, false)))).isEqualTo(Answer.UNKNOWN);
    }
}
