package io.kumo.ui.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumo.app.KumoCore;
import io.kumo.code.check.CheckToolsVenv;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.RecordingDialogs;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format and format-on-save of the editor's checks with real ruff: typed text is never replaced, a save never dropped. */
class EditorChecksModelTest {

    private static final String UNTIDY = "x = {  'a':1 }\n";

    @TempDir
    static Path temp;
    static KumoCore core;
    static Path ruff;

    @BeforeAll
    static void tools() throws Exception {
        core = TestCores.open(temp.resolve("data"));
        ruff = CheckToolsVenv.create(temp.resolve("ruff-venv"), temp.resolve("wheels"), List.of("ruff"));
    }

    @AfterAll
    static void close() {
        if (core != null) {
            core.close();
        }
    }

    private static EditorChecksModel model(String name, Path python) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve("job.py"), UNTIDY);
        Project project = core.projectService().link(folder, name);
        if (python != null) {
            core.environments().create(new PythonEnvironment(name, EnvironmentKind.SYSTEM, python.toString(), EnvironmentState.READY));
        }
        SameThreadBackground background = new SameThreadBackground();
        EditorTabViewModel file = new EditorTabViewModel(project, "job.py", core.projectFiles(), background, new RecordingDialogs());
        CodeTools tools = new CodeTools(core.codeChecks(), core.python().packages(), core.projectEnvironment());
        return new EditorChecksModel(tools, file, background);
    }

    @Test
    void formatAppliesOnlyWhenTheEditorStillHoldsTheFormattedSnapshot() throws Exception {
        EditorChecksModel checks = model("snapshot", ruff);
        List<String> applied = new ArrayList<>();
        checks.format(UNTIDY, () -> UNTIDY, applied::add);
        assertEquals(List.of("x = {\"a\": 1}\n"), applied);

        applied.clear();
        List<String> after = new ArrayList<>();
        checks.format(UNTIDY, () -> UNTIDY + "typed meanwhile\n", applied::add, () -> after.add("saved"));
        assertEquals(List.of(), applied, "text typed while the formatter ran must not be replaced");
        assertEquals(List.of("saved"), after);
        assertNotNull(checks.messageProperty().get());
    }

    @Test
    void aSaveWhileAFormatRunsStillSaves() throws Exception {
        EditorChecksModel checks = model("busy", ruff);
        checks.formattingProperty().set(true); // a Format the user started is still running
        List<String> applied = new ArrayList<>();
        List<String> after = new ArrayList<>();
        checks.format(UNTIDY, () -> UNTIDY, applied::add, () -> after.add("saved"));
        assertEquals(List.of(), applied);
        assertEquals(List.of("saved"), after);
    }

    @Test
    void installRuffWithoutAnEnvironmentSaysSoAndStopsInstalling() throws Exception {
        EditorChecksModel checks = model("no-environment", null);
        checks.installRuff();
        assertTrue(checks.messageProperty().get().contains("has no Python environment of its own"),
                checks.messageProperty().get());
        assertEquals(false, checks.installingProperty().get());
        assertNull(checks.availableProperty().get());
    }
}
