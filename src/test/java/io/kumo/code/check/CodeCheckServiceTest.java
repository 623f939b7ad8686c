package io.kumo.code.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumo.app.KumoCore;
import io.kumo.code.CodeProblem;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real tools: python3's compiler, and ruff, black and pyflakes installed into venvs from wheels the test serves. */
class CodeCheckServiceTest {

    private static final String UNTIDY = "import os\nx = {  'a':1 }\nprint( undefined_name )\n";

    @TempDir
    static Path temp;
    static KumoCore core;
    static CodeCheckService checks;
    static Path ruffPython;
    static Path blackPython;

    @BeforeAll
    static void tools() throws Exception {
        core = TestCores.open(temp.resolve("data"));
        checks = core.codeChecks();
        Path wheels = temp.resolve("wheels");
        ruffPython = CheckToolsVenv.create(temp.resolve("ruff-venv"), wheels, List.of("ruff"));
        blackPython = CheckToolsVenv.create(temp.resolve("black-venv"), wheels, List.of("black", "pyflakes"));
    }

    @AfterAll
    static void close() {
        if (core != null) {
            core.close();
        }
    }

    private static Project project(String name, Path python) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("projects").resolve(name));
        Project project = core.projectService().link(folder, name);
        if (python != null) {
            core.environments().create(new PythonEnvironment(name, EnvironmentKind.SYSTEM, python.toString(), EnvironmentState.READY));
        }
        return project;
    }

    @Test
    void syntaxErrorOfUnsavedTextComesFromThePythonCompiler() throws Exception {
        Project plain = project("plain", null);
        List<CodeProblem> problems = checks.syntax(plain, "job.py", "x = 1\ndef f(:\n    pass\n");
        assertEquals(1, problems.size());
        CodeProblem problem = problems.getFirst();
        assertEquals(2, problem.line());
        assertEquals(CodeProblem.Severity.ERROR, problem.severity());
        assertEquals("python", problem.source());
        assertEquals(List.of(), checks.syntax(plain, "job.py", "x = 1\n"));
    }

    @Test
    void detectsWhichToolsEachEnvironmentHas() throws Exception {
        assertEquals(new AvailableTools(true, false, false), checks.tools(project("detect-ruff", ruffPython)));
        assertEquals(new AvailableTools(false, true, true), checks.tools(project("detect-black", blackPython)));
        assertEquals(AvailableTools.NONE, checks.tools(project("detect-none", null)));
    }

    @Test
    void ruffLintsUnsavedTextWithCodes() throws Exception {
        Project project = project("lint-ruff", ruffPython);
        List<CodeProblem> problems = checks.lint(project, "job.py", UNTIDY);
        assertTrue(problems.contains(new CodeProblem(1, 7, 1, 9, CodeProblem.Severity.WARNING, "`os` imported but unused",
                "ruff", "F401")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> "F821".equals(p.code()) && p.line() == 3
                && p.severity() == CodeProblem.Severity.ERROR), problems.toString());
        assertEquals("ruff", checks.linter(project));
    }

    @Test
    void pyflakesLintsWhenRuffIsMissing() throws Exception {
        Project project = project("lint-pyflakes", blackPython);
        List<CodeProblem> problems = checks.lint(project, "job.py", UNTIDY);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 1 && p.message().contains("'os' imported but unused")
                && p.source().equals("pyflakes")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 3 && p.severity() == CodeProblem.Severity.ERROR),
                problems.toString());
    }

    @Test
    void ruffFormatsText() throws Exception {
        Formatted formatted = checks.format(project("format-ruff", ruffPython), "job.py", UNTIDY);
        assertEquals("import os\n\nx = {\"a\": 1}\nprint(undefined_name)\n", formatted.text());
        assertEquals("ruff", formatted.formatter());
        assertTrue(formatted.changed());
    }

    @Test
    void blackFormatsWhenRuffIsMissing() throws Exception {
        Formatted formatted = checks.format(project("format-black", blackPython), "job.py", UNTIDY);
        assertEquals("import os\n\nx = {\"a\": 1}\nprint(undefined_name)\n", formatted.text());
        assertEquals("black", formatted.formatter());
    }

    @Test
    void aFormatterRefusesBrokenTextAndSaysWhy() throws Exception {
        CheckFailedException ruff = assertThrows(CheckFailedException.class,
                () -> checks.format(project("broken-ruff", ruffPython), "job.py", "def f(:\n"));
        assertTrue(ruff.getMessage().startsWith("ruff could not format job.py"), ruff.getMessage());
        CheckFailedException black = assertThrows(CheckFailedException.class,
                () -> checks.format(project("broken-black", blackPython), "job.py", "def f(:\n"));
        assertTrue(black.getMessage().startsWith("black could not format job.py"), black.getMessage());
    }

    @Test
    void withoutAFormatterTheMessageSaysWhatToInstall() throws Exception {
        CheckFailedException error = assertThrows(CheckFailedException.class,
                () -> checks.format(project("no-formatter", null), "job.py", UNTIDY));
        assertEquals("No formatter in python3: install ruff into it.", error.getMessage());
    }

    @Test
    void checkProjectListsEachFilesProblemsAndFormatCheckWritesNothing() throws Exception {
        Project project = project("whole", ruffPython);
        Path root = Path.of(project.getRootPath());
        Files.writeString(root.resolve("job.py"), UNTIDY);
        Files.createDirectories(root.resolve("pkg"));
        Files.writeString(root.resolve("pkg/ok.py"), "x = 1\n");
        Files.createDirectories(root.resolve(".venv/lib"));
        Files.writeString(root.resolve(".venv/lib/skipped.py"), "import os\n");

        List<FileProblem> problems = checks.checkProject(project);
        assertTrue(problems.stream().map(FileProblem::describe).toList()
                .contains("job.py:1:8: F401 `os` imported but unused"), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.relativePath().equals("job.py")), problems.toString());

        assertEquals(List.of("job.py"), checks.formatProject(project, true));
        assertEquals(UNTIDY, Files.readString(root.resolve("job.py")));
        assertEquals(List.of("job.py"), checks.formatProject(project, false));
        assertFalse(Files.readString(root.resolve("job.py")).equals(UNTIDY));
        assertEquals(List.of(), checks.formatProject(project, true));
        assertEquals(1, core.projectFiles().history(project, "job.py").size(), "the text before formatting is kept");
    }

    @Test
    void anUnreadableFileIsOneProblemAndTheOtherFilesAreStillChecked() throws Exception {
        Project project = project("unreadable", null);
        Path root = Path.of(project.getRootPath());
        Files.write(root.resolve("blob.py"), new byte[] {0, 1, 2, 0, 0, (byte) 0xff, 0});
        Files.write(root.resolve("latin.py"), "name = 'caf\u00e9'\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(root.resolve("later.py"), "def f(:\n    pass\n");

        List<FileProblem> problems = checks.checkProject(project);
        assertEquals(List.of("blob.py", "later.py"), problems.stream().map(FileProblem::relativePath).toList(),
                problems.toString());
        assertTrue(problems.getFirst().problem().message().startsWith("cannot be read"), problems.toString());
        assertEquals(CodeCheckService.UNREADABLE, problems.getFirst().problem().source());
        assertEquals(CodeProblem.Severity.ERROR, problems.get(1).problem().severity());
    }
}
