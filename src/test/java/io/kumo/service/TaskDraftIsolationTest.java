package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskDraftIsolationTest {

    private static final long MB = 1024L * 1024;

    @TempDir
    Path dir;
    KumoCore core;
    TaskDrafts drafts;

    @BeforeEach
    void open() {
        core = TestCores.open(dir, TestCores.fixedClock());
        drafts = new TaskDrafts(core.taskService(), core.projects(), core.environments(), core.clock());
    }

    @AfterEach
    void close() {
        core.close();
    }

    private TaskDraft draft() {
        return new TaskDraft().name("t").command("true").every("10m");
    }

    @Test
    void everyLimitSandboxAndConditionIsStoredAsTyped() {
        Task created = drafts.create(draft().maxMemory("500M").maxCpu("150%").maxProcesses("64").maxOpenFiles("1024")
                .maxOutput("1G").sandbox("container").sandboxImage("python:3.12-slim").sandboxNetwork("off")
                .onlyOnAc(true).onlyOnline(true).onlineHost("example.com:443").onlyIdle("10m").notMetered(true)
                .conditionWait("30m"));

        Task stored = core.taskService().find(created.getId()).orElseThrow();
        assertThat(stored.getLimits()).isEqualTo(new ResourceLimits(500 * MB, 150, 64, 1024, 1024 * MB));
        assertThat(stored.getSandbox()).isEqualTo(new Sandbox(SandboxMode.CONTAINER, "python:3.12-slim", false));
        assertThat(stored.getConditions()).isEqualTo(new RunConditions(true, true, "example.com:443", 600L, true, 1800));
    }

    @Test
    void aNewTaskWithoutThemIsUnlimitedUnsandboxedAndUnconditioned() {
        Task task = drafts.create(draft());

        assertThat(task.getLimits()).isEqualTo(ResourceLimits.NONE);
        assertThat(task.getSandbox()).isEqualTo(Sandbox.NONE);
        assertThat(task.getConditions()).isEqualTo(RunConditions.NONE);
    }

    @Test
    void anUpdateChangesOnlyTheGivenOnesAndNoneClears() {
        Task task = drafts.create(draft().maxMemory("2G").maxCpu("50").maxProcesses("10").sandbox("bwrap")
                .sandboxNetwork("off").onlyOnAc(true).onlyIdle("5m").conditionWait("1h"));

        Task changed = drafts.update(task.getId(), new TaskDraft().maxMemory("none").maxCpu("").onlyIdle("0")
                .conditionWait("none").onlyOnAc(false).onlyOnline(true));

        assertThat(changed.getLimits()).isEqualTo(new ResourceLimits(null, null, 10, null, null));
        assertThat(changed.getSandbox()).isEqualTo(new Sandbox(SandboxMode.BWRAP, null, false));
        assertThat(changed.getConditions()).isEqualTo(new RunConditions(false, true, null, null, false, 0));
    }

    @Test
    void badSizesNameTheFieldAndShowHowToWriteThem() {
        assertThatThrownBy(() -> drafts.create(draft().maxMemory("5X"))).isInstanceOf(ValidationException.class)
                .hasMessage("max-memory: '5X' is not a size; write it like 500M, 2G or 64K");
        assertThatThrownBy(() -> drafts.create(draft().maxOutput("lots")))
                .hasMessage("max-output: 'lots' is not a size; write it like 500M, 2G or 64K");
    }

    @Test
    void cpuIsAWholePercentageOfOneCore() {
        assertThatThrownBy(() -> drafts.create(draft().maxCpu("1.5")))
                .hasMessage("max-cpu: '1.5' is not a share of one core; write it like 50% (half a core) or 200% (two cores)");
        assertThatThrownBy(() -> drafts.create(draft().maxCpu("0%"))).hasMessage("max-cpu: must be more than 0 (or none for no limit)");
        assertThat(drafts.create(draft().maxCpu(" 250 % ")).getLimits().cpuPercent()).isEqualTo(250);
    }

    @Test
    void countsMustBeWholeNumbersAboveZero() {
        assertThatThrownBy(() -> drafts.create(draft().maxProcesses("-1")))
                .hasMessage("max-processes: '-1' is not a whole number more than 0 (or none)");
        assertThatThrownBy(() -> drafts.create(draft().maxOpenFiles("0")))
                .hasMessage("max-open-files: must be more than 0 (or none for no limit)");
    }

    @Test
    void sandboxChoicesImagesAndNetworkAreChecked() {
        assertThatThrownBy(() -> drafts.create(draft().sandbox("docker")))
                .hasMessage("sandbox: 'docker' is not one of none, container, bwrap");
        assertThatThrownBy(() -> drafts.create(draft().sandboxNetwork("maybe"))).hasMessage("sandbox-network: 'maybe' is not on or off");
        assertThatThrownBy(() -> drafts.create(draft().sandboxImage("my image")))
                .hasMessage("sandbox-image: 'my image' is not an image name such as python:3.12-slim");
    }

    @Test
    void hostsAndDurationsOfConditionsAreChecked() {
        assertThatThrownBy(() -> drafts.create(draft().onlineHost("http://example.com")))
                .hasMessage("online-host: 'http://example.com' is not a host name; write it like example.com or example.com:443");
        assertThatThrownBy(() -> drafts.create(draft().onlineHost("example.com:70000")))
                .hasMessage("online-host: '70000' is not a port between 1 and 65535");
        assertThatThrownBy(() -> drafts.create(draft().onlyIdle("ten minutes")))
                .hasMessage("only-idle: 'ten minutes' is not a duration; use a number with a unit, e.g. 30s, 5m, 2h, 1d or 1w");
        assertThatThrownBy(() -> drafts.create(draft().conditionWait("30d"))).hasMessage("condition-wait: at most 7d");
        assertThat(drafts.create(draft().onlineHost("[::1]:22")).getConditions().reachableHost()).isEqualTo("[::1]:22");
    }
}
