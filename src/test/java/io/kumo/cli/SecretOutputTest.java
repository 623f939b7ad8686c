package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A real python3 run that prints a secret to stderr and fails: no clear secret in what Kumo keeps or shows. */
@DisabledOnOs(OS.WINDOWS)
class SecretOutputTest {

    private static final String SECRET = "tok-9f3a-very-secret";

    @TempDir
    Path data;

    @Test
    void aFailingRunPrintingASecretKeepsItMaskedInTheRunRecordLogAndListings() throws Exception {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("var", "set", "API_TOKEN", SECRET, "--secret")).isZero();
        assertThat(cli.kumo("task", "add", "--name", "leaky", "--every", "1d", "--command",
                "python3 -c \"import os, sys; print('auth failed for ' + os.environ['API_TOKEN'], file=sys.stderr); sys.exit(1)\"")).isZero();

        assertThat(cli.kumo("run", "leaky")).isEqualTo(1);
        assertThat(cli.out() + cli.err()).doesNotContain(SECRET).contains("auth failed for ******");

        assertThat(cli.kumo("runs", "--task", "leaky")).isZero();
        assertThat(cli.out()).doesNotContain(SECRET).contains("auth failed for ******");
        assertThat(cli.kumo("runs", "--task", "leaky", "--json")).isZero();
        assertThat(cli.out()).doesNotContain(SECRET);
        assertThat(cli.json().get(0).get("error").asText()).isEqualTo("auth failed for ******");

        String log = Files.readString(Path.of(cli.json().get(0).get("log_path").asText()), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain(SECRET).contains("[stderr] auth failed for ******");
        try (Stream<Path> files = Files.walk(data.resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(SECRET);
            }
        }
    }
}
