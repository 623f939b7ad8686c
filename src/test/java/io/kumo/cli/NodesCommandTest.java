package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo nodes} on one machine: this machine alone, alive. */
class NodesCommandTest {

    @TempDir
    Path dir;

    @Test
    void theTableListsThisMachineAlive() {
        CliRun cli = new CliRun(dir, Map.of());
        assertThat(cli.kumo("nodes")).as(cli.err()).isZero();
        String[] lines = cli.out().strip().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0].split("\\s+")).containsExactly("NAME", "STATUS", "LABELS", "RUNNING", "CPU", "MEMORY",
                "HEARTBEAT", "VERSION", "HOST");
        assertThat(lines[1]).startsWith(CliRun.HOST + " ").contains(" alive ").containsPattern("\\d+ s ago");
    }

    @Test
    void jsonIsAnArrayOfNodeObjects() {
        CliRun cli = new CliRun(dir, Map.of());
        assertThat(cli.kumo("nodes", "--json")).as(cli.err()).isZero();
        JsonNode nodes = cli.json();
        assertThat(nodes.isArray()).isTrue();
        assertThat(nodes).hasSize(1);
        JsonNode node = nodes.get(0);
        assertThat(node.get("name").asText()).isEqualTo(CliRun.HOST);
        assertThat(node.get("status").asText()).isEqualTo("ALIVE");
        assertThat(node.get("runs_tasks").asBoolean()).isTrue();
        assertThat(node.get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(node.get("labels").isArray()).isTrue();
        assertThat(node.get("max_runs").isNull()).isTrue();
        assertThat(node.has("heartbeat_at")).isTrue();
    }

    @Test
    void agoReadsLikeATable() {
        java.time.Instant now = java.time.Instant.parse("2026-03-01T06:00:00Z");
        assertThat(Ago.of(now.minusSeconds(3), now)).isEqualTo("3 s ago");
        assertThat(Ago.of(now.minusSeconds(300), now)).isEqualTo("5 min ago");
        assertThat(Ago.of(now.minusSeconds(7200), now)).isEqualTo("2 h ago");
        assertThat(Ago.of(now.minusSeconds(3 * 86400), now)).isEqualTo("3 d ago");
        assertThat(Ago.of(now.plusSeconds(2), now)).isEqualTo("just now");
        assertThat(Ago.of(null, now)).isEqualTo("-");
    }
}
