package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo conditions}: what run conditions see on this real computer, as lines or JSON; exit 0 either way. */
class ConditionsCommandTest {

    @TempDir
    Path dir;

    @Test
    void linesNameEachConditionAndWhatAnUnknownMeans() {
        CliRun cli = new CliRun(dir, Map.of());
        assertThat(cli.kumo("conditions")).as(cli.err()).isZero();
        String[] lines = cli.out().strip().split("\\R");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).matches("AC power:  (yes|no|unknown \\(only-on-AC is not applied\\))");
        assertThat(lines[1]).matches("Network:   (up|down|unknown \\(only-online is not applied\\))");
        assertThat(lines[2]).startsWith("Idle:      ");
        assertThat(lines[3]).startsWith("Metered:   ");
    }

    @Test
    void jsonHasTheFieldsTheApiServes() {
        CliRun cli = new CliRun(dir, Map.of());
        assertThat(cli.kumo("conditions", "--json")).as(cli.err()).isZero();
        JsonNode conditions = cli.json();
        assertThat(conditions.get("ac_power").asText()).isIn("yes", "no", "unknown");
        assertThat(conditions.get("network_up").asText()).isIn("yes", "no", "unknown");
        assertThat(conditions.get("metered").asText()).isIn("yes", "no", "unknown");
        assertThat(conditions.has("idle_seconds")).isTrue();
    }
}
