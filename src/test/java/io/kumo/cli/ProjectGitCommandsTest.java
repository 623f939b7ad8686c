package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.git.Upstream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo project clone|pull|pull-policy|show --json} on a real bare repository reached by file://. */
class ProjectGitCommandsTest {

    @TempDir
    Path dir;
    CliRun cli;
    Upstream upstream;

    @BeforeEach
    void open() throws Exception {
        cli = new CliRun(dir.resolve("data"));
        upstream = Upstream.create(dir);
    }

    @AfterEach
    void close() {
        upstream.close();
    }

    @Test
    void cloneShowPullAndRefuse() throws Exception {
        assertThat(cli.kumo("project", "clone", upstream.url(), "--name", "demo", "--pull", "schedule", "--every", "15"))
                .as(cli.err()).isZero();
        assertThat(cli.out()).contains("Cloned project 'demo'").contains("branch main");

        assertThat(cli.kumo("project", "show", "demo", "--json")).isZero();
        JsonNode shown = cli.json();
        String first = shown.get("commit").asText();
        assertThat(first).hasSize(40);
        assertThat(shown.get("git").get("url").asText()).isEqualTo(upstream.url());
        assertThat(shown.get("git").get("branch").asText()).isEqualTo("main");
        assertThat(shown.get("git").get("commit").asText()).isEqualTo(first);
        assertThat(shown.get("git").get("pull").asText()).isEqualTo("schedule");
        assertThat(shown.get("git").get("pull_minutes").asInt()).isEqualTo(15);
        assertThat(shown.get("git").get("ahead").asInt()).isZero();
        assertThat(shown.get("git").get("changes")).isEmpty();

        String second = upstream.commit("app.py", "print('v2')\n", "v2");
        assertThat(cli.kumo("project", "pull", "demo")).as(cli.err()).isZero();
        assertThat(cli.out()).contains(second);
        assertThat(cli.kumo("project", "show", "demo", "--json")).isZero();
        assertThat(cli.json().get("commit").asText()).isEqualTo(second);

        Path app = dir.resolve("data").resolve("projects").resolve("demo").resolve("app.py");
        Files.writeString(app, "print('local')\n");
        upstream.commit("app.py", "print('v3')\n", "v3");
        assertThat(cli.kumo("project", "pull", "demo")).isEqualTo(2);
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).startsWith("kumo: pull refused").contains("app.py");
        assertThat(app).hasContent("print('local')");
        assertThat(cli.kumo("project", "show", "demo", "--json")).isZero();
        assertThat(cli.json().get("git").get("pull_error").asText()).contains("app.py");
        assertThat(cli.json().get("git").get("changes").get(0).asText()).isEqualTo("M  app.py");

        assertThat(cli.kumo("project", "pull-policy", "demo", "before-run")).isZero();
        assertThat(cli.out()).contains("before each run");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        assertThat(cli.kumo("project", "clone", upstream.url(), "--name", "demo", "--branch", "nope")).isEqualTo(2);
        assertThat(cli.err().strip()).startsWith("kumo: branch: 'nope' is not a branch of").contains("main");
        assertThat(cli.kumo("project", "clone", "file://" + dir.resolve("nothing"), "--name", "demo")).isEqualTo(2);
        assertThat(cli.err().strip()).startsWith("kumo: cannot clone: no Git repository at");
        assertThat(cli.kumo("project", "clone", upstream.url(), "--name", "demo", "--pull", "often")).isEqualTo(2);
        assertThat(cli.err().strip()).contains("'often' is not one of manual, schedule, before-run");
        assertThat(cli.kumo("project", "clone", upstream.url(), "--name", "demo", "--pull", "schedule")).isEqualTo(2);
        assertThat(cli.err().strip()).contains("minutes");
        assertThat(cli.kumo("project", "clone", upstream.url(), "--name", "demo")).isZero();
        assertThat(cli.kumo("project", "clone", upstream.url(), "--name", "demo")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: project name: 'demo' is already used");
        assertThat(cli.kumo("project", "import", dir.resolve("author").toString(), "--name", "plain")).isZero();
        assertThat(cli.kumo("project", "pull", "plain")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: project 'plain' was not cloned from Git");
    }

    @Test
    void aPullThatCannotReachTheRemoteExitsOne() throws Exception {
        assertThat(cli.kumo("project", "clone", upstream.url(), "--name", "demo")).isZero();
        java.nio.file.Files.move(dir.resolve("upstream.git"), dir.resolve("moved.git"));

        assertThat(cli.kumo("project", "pull", "demo")).isEqualTo(1);
        assertThat(cli.err().strip()).startsWith("kumo: ").doesNotContain("\n");
    }
}
