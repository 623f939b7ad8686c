package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmRestartTest {

    @Test
    void aJarStartIsStartedAgainWithTheSameJarArgumentsAndTheOptionsAdded() {
        JvmRestart restart = JvmRestart.of("/jdk/bin/java", List.of("--enable-native-access=ALL-UNNAMED"), List.of(),
                "target/kumo.jar", "target/kumo.jar --headless --data-dir my dir", List.of("--headless", "--data-dir", "my dir"))
                .orElseThrow();

        assertThat(restart.command(List.of("-Xmx256m"))).containsExactly("/jdk/bin/java", "--enable-native-access=ALL-UNNAMED",
                "-Xmx256m", JvmRestart.RESTARTED, "-jar", "target/kumo.jar", "--headless", "--data-dir", "my dir");
    }

    @Test
    void aClassPathStartKeepsItsClassPathAndMainClass() {
        JvmRestart restart = JvmRestart.of("/jdk/bin/java", List.of(), List.of(), "a.jar:classes",
                "io.kumo.boot.Java25Check --headless", List.of("--headless")).orElseThrow();

        assertThat(restart.command(List.of("-Xmx256m"))).containsExactly("/jdk/bin/java", "-Xmx256m", JvmRestart.RESTARTED,
                "-cp", "a.jar:classes", "io.kumo.boot.Java25Check", "--headless");
    }

    @Test
    void optionsFromTheEnvironmentAreLeftToTheNewJvmToReadAgain() {
        JvmRestart restart = JvmRestart.of("/jdk/bin/java", List.of("-Dtool=1", "-Dlauncher=2", "-Dmine=3"),
                List.of("-Dtool=1", "-Dlauncher=2"), "kumo.jar", "kumo.jar", List.of()).orElseThrow();

        assertThat(restart.command(List.of())).containsExactly("/jdk/bin/java", "-Dmine=3", JvmRestart.RESTARTED, "-jar", "kumo.jar");
    }

    @Test
    void anUnknownMainIsNotRestarted() {
        assertThat(JvmRestart.of("/jdk/bin/java", List.of(), List.of(), "", "", List.of())).isEmpty();
    }
}
