package io.kumo.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real computer answers every question without throwing (its answers may be unknown in a container). */
class SystemConditionSourceTest {

    @Test
    void thisComputerAnswersEveryQuestion() {
        ConditionSource source = SystemConditionSource.detect();

        assertThat(source.onAcPower()).isNotNull();
        assertThat(source.networkUp()).isNotNull();
        assertThat(source.metered()).isNotNull();
        assertThat(source.idleTime()).isNotNull();
        source.idleTime().ifPresent(idle -> assertThat(idle.isNegative()).isFalse());
        assertThat(ConditionSnapshot.everything(source)).isNotNull();
    }

    @Test
    void aProgramThatIsNotOnThePathIsNotRun(@TempDir Path emptyDir) {
        PathPrograms programs = new PathPrograms(emptyDir.toString());
        assertThat(programs.output(List.of("python3", "-c", "print(1)"), Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void aProgramOnThePathIsRunAndItsOutputRead(@TempDir Path dir) throws Exception {
        Path python = PathPrograms.fromEnvironment().find("python3").orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(python != null, "python3 is not on this machine's PATH");
        Files.createSymbolicLink(dir.resolve("python3"), python);
        assertThat(new PathPrograms(dir.toString()).output(List.of("python3", "-c", "print('idle 42')"), Duration.ofSeconds(20)))
                .hasValueSatisfying(out -> assertThat(out.strip()).isEqualTo("idle 42"));
    }

    @Test
    void aProgramThatOutlivesItsTimeoutGivesNothing() {
        PathPrograms programs = PathPrograms.fromEnvironment();
        org.junit.jupiter.api.Assumptions.assumeTrue(programs.find("python3").isPresent(), "python3 is not on this machine's PATH");
        assertThat(programs.output(List.of("python3", "-c", "import time; time.sleep(30)"), Duration.ofMillis(300))).isEmpty();
    }
}
