package io.kumo.code.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.code.CodeProblem;
import io.kumo.testkit.PyrightVenv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real pyright, installed into a test venv from a local index, answering Kumo over stdio. */
class PyrightSessionTest {

    /** pyright's first start may download its JavaScript part from npm. */
    private static final Duration READY_WAIT = Duration.ofMinutes(4);

    @TempDir
    static Path folder;
    private static LanguageServerCommand pyright;
    private static Path project;

    @BeforeAll
    static void installPyright() throws Exception {
        Path python = PyrightVenv.create(folder);
        pyright = new LanguageServerFinder(List.of()).find(python).orElseThrow();
        project = Files.createDirectories(folder.resolve("project"));
    }

    private LanguageSession started() throws Exception {
        LanguageSession session = LanguageSession.start(pyright, project);
        CountDownLatch settled = new CountDownLatch(1);
        session.addStatusListener(status -> {
            if (status.state() != SessionStatus.State.STARTING) {
                settled.countDown();
            }
        });
        if (session.status().state() == SessionStatus.State.STARTING) {
            settled.await(READY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (!session.status().ready()) {
            session.close();
        }
        Assumptions.assumeTrue(session.status().ready(), "pyright did not start here: " + session.status().text());
        return session;
    }

    @Test
    void finderPicksPyrightFromTheVenvBinFolder() {
        assertThat(pyright.kind()).isEqualTo(LanguageServerKind.PYRIGHT);
        assertThat(pyright.executable().getFileName().toString()).isEqualTo("pyright-langserver");
    }

    @Test
    void completesAnAttributeOfAnImportedModule() throws Exception {
        Path file = project.resolve("complete.py");
        Files.writeString(file, "import os\n");
        try (LanguageSession session = started()) {
            assertThat(session.status().text()).startsWith("pyright 1.");
            session.open(file, "import os\n");
            session.change(file, "import os\nos.pa");
            List<Completion> completions = session.completion(file, 1, 5).get(2, TimeUnit.MINUTES);
            assertThat(completions).extracting(Completion::label).contains("path");
        }
    }

    @Test
    void publishesAnUndefinedNameAsAnLspProblem() throws Exception {
        Path file = project.resolve("undefined.py");
        Files.writeString(file, "print(undefined_thing)\n");
        try (LanguageSession session = started()) {
            CompletableFuture<List<CodeProblem>> published = new CompletableFuture<>();
            session.addDiagnosticsListener((path, problems) -> {
                if (path.equals(file) && !problems.isEmpty()) {
                    published.complete(problems);
                }
            });
            session.open(file, "print(undefined_thing)\n");
            List<CodeProblem> problems = published.get(2, TimeUnit.MINUTES);
            assertThat(problems).anySatisfy(problem -> {
                assertThat(problem.source()).isEqualTo("lsp");
                assertThat(problem.message()).contains("undefined_thing");
                assertThat(problem.line()).isEqualTo(1);
                assertThat(problem.column()).isEqualTo(6);
                assertThat(problem.severity()).isEqualTo(CodeProblem.Severity.ERROR);
            });
        }
    }

    @Test
    void hoverShowsTheSignatureAndDefinitionFindsTheFunction() throws Exception {
        Path file = project.resolve("hover.py");
        String text = "def greet(name: str) -> str:\n    \"\"\"Says hello.\"\"\"\n    return name\n\ngreet('x')\n";
        Files.writeString(file, text);
        try (LanguageSession session = started()) {
            session.open(file, text);
            String hover = session.hover(file, 4, 2).get(2, TimeUnit.MINUTES);
            assertThat(hover).contains("greet").contains("Says hello.");
            DefinitionTarget target = session.definition(file, 4, 2).get(2, TimeUnit.MINUTES).orElseThrow();
            assertThat(target.file()).isEqualTo(file);
            assertThat(target.line()).isEqualTo(1);
        }
    }

    @Test
    void closingEndsTheServerAndEveryProcessItStarted() throws Exception {
        LanguageSession session = started();
        Set<ProcessHandle> processes = session.processes();
        assertThat(processes).hasSizeGreaterThan(1); // pyright-langserver runs node
        session.close();
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(session.status().state()).isEqualTo(SessionStatus.State.STOPPED);
    }

    @Test
    void aServerThatDiesIsReportedStopped() throws Exception {
        try (LanguageSession session = started()) {
            CountDownLatch stopped = new CountDownLatch(1);
            session.addStatusListener(status -> {
                if (status.state() == SessionStatus.State.STOPPED) {
                    stopped.countDown();
                }
            });
            session.processes().forEach(ProcessHandle::destroyForcibly);
            assertThat(stopped.await(1, TimeUnit.MINUTES)).isTrue();
            assertThat(session.status().text()).contains("pyright stopped");
            assertThat(session.completion(project.resolve("x.py"), 0, 0).get(10, TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void quittingKumoEndsTheServersOfEveryProject() throws Exception {
        io.kumo.app.KumoCore core = io.kumo.testkit.TestCores.open(folder.resolve("data-" + System.nanoTime()));
        Set<ProcessHandle> processes;
        try {
            io.kumo.domain.Project linked = core.projectService().link(project, "quit-" + System.nanoTime() % 100000);
            LanguageSession session = core.languageServers().acquire(linked, pyright);
            assertThat(core.languageServers().acquire(linked, pyright)).isSameAs(session); // one session per project
            processes = session.processes();
        } finally {
            core.close();
        }
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
    }
}
