package io.kumo.code.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.testkit.RealPython;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which server a project gets, or where one may be installed: a real venv without any language server. */
class LanguageServersTest {

    @TempDir
    Path dir;
    KumoCore core;
    Path python;

    @BeforeEach
    void venvWithoutServer() throws Exception {
        Process venv = new ProcessBuilder(RealPython.path().toString(), "-m", "venv", "--without-pip", dir.resolve("venv").toString())
                .redirectErrorStream(true).start();
        venv.getInputStream().readAllBytes();
        Assumptions.assumeTrue(venv.waitFor(2, TimeUnit.MINUTES) && venv.exitValue() == 0, "python3 -m venv is not available here");
        python = dir.resolve("venv/bin/python");
        core = TestCores.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        if (core != null) {
            core.close();
        }
    }

    private Project project(String name) throws Exception {
        return core.projectService().link(Files.createDirectories(dir.resolve(name)), name);
    }

    @Test
    void offersToInstallPyrightIntoAnEnvironmentKumoMayChange() throws Exception {
        core.python().environments().useInterpreter("scraper", python, true);

        ServerChoice choice = core.languageServers().choose(project("scraper"));

        assertThat(choice.server()).isEmpty();
        assertThat(choice.installTarget()).hasValueSatisfying(env -> assertThat(env.getName()).isEqualTo("scraper"));
        assertThat(ServerChoice.OFFERED.packageName()).isEqualTo("pyright");
    }

    @Test
    void offersNothingWhenTheEnvironmentsPackagesAreNotKumos() throws Exception {
        core.python().environments().useInterpreter("shared", python, false);

        ServerChoice choice = core.languageServers().choose(project("shared"));

        assertThat(choice.server()).isEmpty();
        assertThat(choice.installTarget()).isEmpty();
    }

    @Test
    void findsTheServerInstalledInTheProjectsEnvironment() throws Exception {
        Path server = dir.resolve("venv/bin/jedi-language-server");
        Files.writeString(server, "#!/bin/sh\n");
        server.toFile().setExecutable(true);
        core.python().environments().useInterpreter("etl", python, true);

        ServerChoice choice = core.languageServers().choose(project("etl"));

        assertThat(choice.server()).hasValueSatisfying(command -> assertThat(command.kind()).isEqualTo(LanguageServerKind.JEDI));
        assertThat(choice.installTarget()).isEmpty();
    }
}
