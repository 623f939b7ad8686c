package io.kumo.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.workflow.Precondition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Dagu's preconditions with real shell commands. */
@DisabledOnOs(OS.WINDOWS)
class PreconditionCheckTest {

    @TempDir
    Path dir;

    PreconditionCheck check() {
        return new PreconditionCheck(new OsProcessLauncher(), System.getenv(), dir.resolve("scratch"));
    }

    @Test
    void aConditionWithoutExpectedIsACommandThatMustSucceed() {
        assertThat(check().firstUnmet(List.of(new Precondition("test -d " + dir, null)), Map.of())).isEmpty();
        assertThat(check().firstUnmet(List.of(new Precondition("test -e " + dir.resolve("missing"), null)), Map.of()))
                .hasValueSatisfying(note -> assertThat(note).startsWith("precondition not met: test -e"));
    }

    @Test
    void variablesAndBackquotedCommandsAreExpandedBeforeTheComparison() {
        List<Precondition> holds = List.of(new Precondition("${DAY}-`echo weekly`", "monday-weekly"),
                new Precondition("$ROWS", "re:[0-9]+"));

        assertThat(check().firstUnmet(holds, Map.of("DAY", "monday", "ROWS", "42"))).isEmpty();
        assertThat(check().firstUnmet(holds, Map.of("DAY", "tuesday", "ROWS", "42")))
                .hasValueSatisfying(note -> assertThat(note).contains("expected monday-weekly"));
    }
}
