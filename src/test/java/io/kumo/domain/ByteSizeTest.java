package io.kumo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource({"500M, 524288000", "500 MB, 524288000", "2g, 2147483648", "64K, 65536", "1.5G, 1610612736",
            "900, 900", "1MiB, 1048576", "1T, 1099511627776"})
    void readsWhatPeopleType(String typed, long bytes) {
        assertThat(ByteSize.parse(typed)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5X", "M", "-1M", "0", "1 2M"})
    void refusesWhatIsNotASizeWithAHint(String typed) {
        assertThatThrownBy(() -> ByteSize.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + typed + "'");
    }

    @Test
    void writesTheLargestUnitThatKeepsTheNumberAtLeastOne() {
        assertThat(ByteSize.format(200L * 1024 * 1024)).isEqualTo("200 MB");
        assertThat(ByteSize.format(1536L * 1024 * 1024)).isEqualTo("1.5 GB");
        assertThat(ByteSize.format(1024)).isEqualTo("1 KB");
        assertThat(ByteSize.format(1000)).isEqualTo("1000 B");
        assertThat(ByteSize.compact(500L * 1024 * 1024)).isEqualTo("500M");
        assertThat(ByteSize.compact(1536L * 1024)).isEqualTo("1536K");
        assertThat(ByteSize.compact(1000)).isEqualTo("1000");
    }

    @Test
    void aTasksOwnLimitsWinOverTheDefaultsFieldByField() {
        ResourceLimits task = new ResourceLimits(200L << 20, null, 30, null, null);
        ResourceLimits defaults = new ResourceLimits(1L << 30, 50, 100, 1024, null);

        ResourceLimits effective = task.orDefaults(defaults);

        assertThat(effective).isEqualTo(new ResourceLimits(200L << 20, 50, 30, 1024, null));
        assertThat(effective.describe()).isEqualTo("memory 200 MB, CPU 50%, 30 processes, 1024 open files");
        assertThat(ResourceLimits.NONE.describe()).isEqualTo("none");
        assertThatThrownBy(() -> new ResourceLimits(0L, null, null, null, null)).hasMessageContaining("memory limit");
    }

    @Test
    void aTaskKeepsItsLimitsSandboxAndConditions() {
        Task task = new Task("t", "python3 x.py");
        task.setLimits(new ResourceLimits(1L << 20, 50, 10, 64, 1L << 30));
        task.setSandbox(new Sandbox(SandboxMode.BWRAP, " ", false));
        task.setConditions(new RunConditions(true, false, " example.com ", 600L, true, 1800));

        assertThat(task.getLimits()).isEqualTo(new ResourceLimits(1L << 20, 50, 10, 64, 1L << 30));
        assertThat(task.getSandbox()).isEqualTo(new Sandbox(SandboxMode.BWRAP, null, false));
        assertThat(task.getConditions().reachableHost()).isEqualTo("example.com");
        assertThat(task.getConditions().any()).isTrue();
        assertThat(task.auditFields()).containsEntry("sandbox", "bwrap, no network")
                .containsEntry("conditions", "on AC power, online (example.com reachable), idle 600 s, not metered; wait up to 1800 s, then skip");
        assertThat(SandboxMode.fromWord("Container")).isEqualTo(SandboxMode.CONTAINER);
        assertThatThrownBy(() -> SandboxMode.fromWord("vm")).hasMessageContaining("none, container, bwrap");
    }
}
