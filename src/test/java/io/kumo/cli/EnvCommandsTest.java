package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.testkit.LocalPackageIndex;
import io.kumo.testkit.RealPython;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo env} and {@code kumo mirror}, in-process, with a real venv and a package index served by the test. */
class EnvCommandsTest {

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir);
    }

    private int kumo(String... args) {
        return cli.kumo(args);
    }

    private JsonNode json() {
        return cli.json();
    }

    @Test
    void createInstallListAndRemoveThroughTheCommandLine() throws IOException {
        try (LocalPackageIndex index = LocalPackageIndex.start().add("kumo-demo", "1.0").add("kumo-extra", "0.3")) {
            assertThat(kumo("mirror", "add", index.simpleUrl(), "--trusted")).isZero();
            assertThat(kumo("mirror", "test", index.simpleUrl())).isZero();
            assertThat(cli.out()).contains("serves a package index with 2 projects");

            assertThat(kumo("env", "create", "etl", "--python", RealPython.path().toString())).as(cli.err()).isZero();
            assertThat(cli.out()).contains("Environment 'etl' is ready: Python 3.");

            Path requirements = Files.writeString(dir.resolve("requirements.txt"), "kumo-extra==0.3\n");
            assertThat(kumo("env", "install", "etl", "kumo-demo==1.0", "-r", requirements.toString())).as(cli.err()).isZero();
            assertThat(cli.out()).contains("Successfully installed kumo-demo-1.0").contains("Successfully installed kumo-extra-0.3");

            assertThat(kumo("env", "packages", "etl", "--json")).isZero();
            assertThat(StreamSupport.stream(json().spliterator(), false).map(p -> p.get("name").asText() + "==" + p.get("version").asText()))
                    .contains("kumo-demo==1.0", "kumo-extra==0.3");

            assertThat(kumo("env", "list", "--json")).isZero();
            JsonNode env = json().get(0);
            assertThat(env.get("name").asText()).isEqualTo("etl");
            assertThat(env.get("kind").asText()).isEqualTo("venv");
            assertThat(env.get("state").asText()).isEqualTo("READY");

            assertThat(kumo("env", "uninstall", "etl", "kumo-demo")).isZero();
            assertThat(kumo("env", "freeze", "etl", dir.resolve("frozen.txt").toString())).isZero();
            assertThat(Files.readString(dir.resolve("frozen.txt"), StandardCharsets.UTF_8)).contains("kumo-extra==0.3")
                    .doesNotContain("kumo-demo");

            assertThat(kumo("env", "install", "etl", "missing-package")).isEqualTo(ExitCodes.FAILURE);
            assertThat(cli.err().strip()).startsWith("kumo: Install in 'etl' failed: ")
                    .contains("No matching distribution found for missing-package");

            assertThat(kumo("env", "rm", "etl")).isZero();
            assertThat(dir.resolve("environments").resolve("etl")).doesNotExist();
        }
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        assertThat(kumo("env", "create", "../evil", "--python", "python3")).isEqualTo(2);
        assertThat(cli.err().strip()).startsWith("kumo: environment name: '../evil' must be");
        assertThat(kumo("env", "create", "x", "--python", "/no/such/python")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: No file at /no/such/python");
        assertThat(kumo("env", "create", "x", "--python", "no-such-python9")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: no 'no-such-python9' found on PATH");
        assertThat(kumo("env", "packages", "nope")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: no environment named 'nope'");
        assertThat(kumo("env", "create", "x")).isEqualTo(2);
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(kumo("mirror", "add", "ftp://example.org/simple")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: mirror URL: ftp://example.org/simple must start with http:// or https://");
        assertThat(kumo("mirror", "rm", "https://nowhere.example/")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: no mirror https://nowhere.example/");
    }

    @Test
    void mirrorsListInPriorityOrder() throws Exception {
        assertThat(kumo("mirror", "add", "https://b.example/simple/")).isZero();
        assertThat(kumo("mirror", "add", "https://a.example/simple/", "--priority", "1")).isZero();
        assertThat(kumo("mirror", "list", "--json")).isZero();
        assertThat(json().toString()).isEqualTo("[{\"url\":\"https://a.example/simple/\",\"priority\":1,\"enabled\":true,\"trusted\":false},"
                + "{\"url\":\"https://b.example/simple/\",\"priority\":2,\"enabled\":true,\"trusted\":false}]");
        assertThat(kumo("mirror", "rm", "https://a.example/simple/")).isZero();
        assertThat(kumo("mirror", "list")).isZero();
        assertThat(cli.out().strip()).isEqualTo("1. https://b.example/simple/");
    }
}
