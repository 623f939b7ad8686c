package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits, sandbox and conditions on {@code kumo task add} and {@code edit}, in {@code show}, and {@code kumo isolation}. */
class TaskIsolationCommandTest {

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir);
    }

    private String oneErrorLine() {
        assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
        return cli.err().strip();
    }

    private void addWithEveryFlag() {
        assertThat(cli.kumo("task", "add", "--name", "scrape", "--command", "python scrape.py", "--every", "1h",
                "--max-memory", "500M", "--max-cpu", "50%", "--max-processes", "64", "--max-open-files", "1024",
                "--max-output", "1G", "--sandbox", "container", "--sandbox-image", "python:3.12-slim", "--sandbox-network", "off",
                "--only-on-ac", "--only-online", "--online-host", "example.com:443", "--only-idle", "10m", "--not-metered",
                "--condition-wait", "30m")).as(cli.err()).isZero();
    }

    @Test
    void everyFlagOnAddComesBackInShowJson() {
        addWithEveryFlag();

        assertThat(cli.kumo("task", "show", "scrape", "--json")).isZero();
        JsonNode task = cli.json();
        assertThat(task.get("limits").toString()).isEqualTo("{\"memory_bytes\":524288000,\"cpu_percent\":50,\"processes\":64,"
                + "\"open_files\":1024,\"output_bytes\":1073741824}");
        assertThat(task.get("sandbox").toString()).isEqualTo("{\"mode\":\"container\",\"image\":\"python:3.12-slim\",\"network\":false}");
        assertThat(task.get("conditions").toString()).isEqualTo("{\"on_ac\":true,\"online\":true,\"host\":\"example.com:443\","
                + "\"idle_seconds\":600,\"not_metered\":true,\"wait_seconds\":1800}");
    }

    @Test
    void showInWordsAndListJsonCarryThemToo() {
        addWithEveryFlag();

        assertThat(cli.kumo("task", "show", "scrape")).isZero();
        assertThat(cli.out()).containsPattern("limits: +memory 500 MB, CPU 50%, 64 processes, 1024 open files, output 1 GB")
                .containsPattern("sandbox: +container python:3.12-slim, no network")
                .containsPattern("conditions: +on AC power, online \\(example.com:443 reachable\\), idle 10m, not metered; "
                        + "wait up to 30m, then skip");
        assertThat(cli.kumo("task", "list", "--json")).isZero();
        assertThat(cli.json().get(0).get("limits").get("memory_bytes").asLong()).isEqualTo(524288000L);
        assertThat(cli.json().get(0).get("conditions").get("on_ac").asBoolean()).isTrue();
    }

    @Test
    void editClearsEachWithNoneOrFalse() {
        addWithEveryFlag();

        assertThat(cli.kumo("task", "edit", "scrape", "--max-memory", "none", "--max-cpu", "none", "--max-processes", "none",
                "--max-open-files", "none", "--max-output", "none", "--sandbox", "none", "--sandbox-image", "none",
                "--sandbox-network", "on", "--only-on-ac=false", "--only-online=false", "--online-host", "none",
                "--only-idle", "none", "--not-metered=false", "--condition-wait", "0")).as(cli.err()).isZero();

        assertThat(cli.kumo("task", "show", "scrape", "--json")).isZero();
        assertThat(cli.json().get("limits").toString()).isEqualTo("{\"memory_bytes\":null,\"cpu_percent\":null,\"processes\":null,"
                + "\"open_files\":null,\"output_bytes\":null}");
        assertThat(cli.json().get("sandbox").toString()).isEqualTo("{\"mode\":\"none\",\"image\":null,\"network\":true}");
        assertThat(cli.json().get("conditions").toString()).isEqualTo("{\"on_ac\":false,\"online\":false,\"host\":null,"
                + "\"idle_seconds\":null,\"not_metered\":false,\"wait_seconds\":0}");
    }

    @Test
    void editChangesOnlyTheFlagsGiven() {
        addWithEveryFlag();

        assertThat(cli.kumo("task", "edit", "scrape", "--max-memory", "2G", "--sandbox", "bwrap")).as(cli.err()).isZero();

        assertThat(cli.kumo("task", "show", "scrape", "--json")).isZero();
        assertThat(cli.json().get("limits").get("memory_bytes").asLong()).isEqualTo(2L << 30);
        assertThat(cli.json().get("limits").get("cpu_percent").asInt()).isEqualTo(50);
        assertThat(cli.json().get("sandbox").get("mode").asText()).isEqualTo("bwrap");
        assertThat(cli.json().get("conditions").get("idle_seconds").asInt()).isEqualTo(600);
    }

    @Test
    void aBadValueExitsTwoWithOneLineNamingTheFlag() {
        assertThat(cli.kumo("task", "add", "--name", "x", "--command", "python a.py", "--every", "1h", "--max-memory", "5X"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).isEqualTo("kumo: max-memory: '5X' is not a size; write it like 500M, 2G or 64K");
        assertThat(cli.kumo("task", "list", "--json")).isZero();
        assertThat(cli.json()).isEmpty();

        assertThat(cli.kumo("task", "add", "--name", "x", "--command", "python a.py", "--every", "1h")).isZero();
        assertThat(cli.kumo("task", "edit", "x", "--sandbox", "vm")).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).isEqualTo("kumo: sandbox: 'vm' is not one of none, container, bwrap");
        assertThat(cli.kumo("task", "edit", "x", "--only-idle", "soon")).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).startsWith("kumo: only-idle: 'soon' is not a duration");
    }

    @Test
    void aSandboxThisMachineLacksIsSavedWithAWarning() {
        assertThat(cli.kumo("task", "add", "--name", "boxed", "--command", "python a.py", "--every", "1h", "--sandbox", "bwrap"))
                .as(cli.err()).isZero();
        assertThat(cli.kumo("isolation", "--json")).isZero();
        boolean available = cli.json().get("bwrap").get("available").asBoolean();
        assertThat(cli.kumo("task", "edit", "boxed", "--sandbox", "bwrap")).isZero();

        if (available) {
            assertThat(cli.err()).doesNotContain("warning");
        } else {
            assertThat(oneErrorLine()).startsWith("kumo: warning: the bwrap sandbox cannot be used on this machine (");
        }
    }

    @Test
    void isolationNamesTheLimitMechanismAndEachSandbox() {
        assertThat(cli.kumo("isolation")).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("Limits: +\\S").containsPattern("Sandbox bwrap: +(available|unavailable: .+)")
                .containsPattern("Sandbox container: +(available|unavailable: .+)");

        assertThat(cli.kumo("isolation", "--json")).isZero();
        JsonNode status = cli.json();
        assertThat(status.get("limits").isTextual()).isTrue();
        for (String sandbox : new String[] {"bwrap", "container"}) {
            JsonNode one = status.get(sandbox);
            assertThat(one.get("available").isBoolean()).as(sandbox).isTrue();
            assertThat(one.get("reason").isNull()).as(sandbox).isEqualTo(one.get("available").asBoolean());
        }
    }
}
