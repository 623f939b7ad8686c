package io.kumo.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.difflib.text.DiffRow;
import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {

    @TempDir
    Path dir;
    KumoCore core;
    ProjectFiles files;
    Project project;
    Path root;
    final MutableClock clock = new MutableClock(TestCores.T0);

    @BeforeEach
    void open() throws IOException {
        core = TestCores.open(dir.resolve("data"), clock);
        files = core.projectFiles();
        root = Files.createDirectories(dir.resolve("code"));
        project = core.projectService().link(root, "code");
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void theTreeListsOneFolderAtATimeWithoutGitCachesAndVenvs() throws IOException {
        Files.createDirectories(root.resolve(".git/objects"));
        Files.createDirectories(root.resolve("pkg/__pycache__"));
        Files.createDirectories(root.resolve(".venv/bin"));
        Files.writeString(root.resolve(".venv/pyvenv.cfg"), "home = /usr/bin\n");
        Files.createDirectories(root.resolve("env/lib"));
        Files.writeString(root.resolve("env/pyvenv.cfg"), "home = /usr/bin\n");
        Files.writeString(root.resolve("b.py"), "");
        Files.writeString(root.resolve("A.py"), "x");
        Files.writeString(root.resolve("pkg/mod.py"), "");

        assertThat(files.children(project, "")).extracting(FileNode::name).containsExactly("pkg", "A.py", "b.py");
        assertThat(files.children(project, "pkg")).extracting(FileNode::relativePath).containsExactly("pkg/mod.py");
        assertThatThrownBy(() -> files.children(project, "../")).hasMessage("../ is outside project code");
        assertThatThrownBy(() -> files.open(project, "../../etc/passwd")).hasMessage("../../etc/passwd is outside project code");
    }

    @Test
    void eachSaveKeepsThePreviousVersionWithADiffAndRestore() throws IOException {
        Files.writeString(root.resolve("main.py"), "print('one')\n");
        TextDocument one = files.open(project, "main.py");
        clock.advance(Duration.ofMinutes(1));
        TextDocument two = files.save(project, one, "print('two')\n", false);
        clock.advance(Duration.ofMinutes(1));
        TextDocument three = files.save(project, two, "print('three')\nextra = 1\n", false);

        List<FileVersion> versions = files.history(project, "main.py");
        assertThat(versions).extracting(FileVersion::savedAt)
                .containsExactly(TestCores.T0.plus(Duration.ofMinutes(2)), TestCores.T0.plus(Duration.ofMinutes(1)));
        assertThat(files.versionText(project, three, versions.get(1))).isEqualTo("print('one')\n");

        List<DiffRow> rows = FileHistory.rows(files.versionText(project, three, versions.get(0)), three.text());
        assertThat(rows).extracting(DiffRow::getTag).containsExactly(DiffRow.Tag.CHANGE, DiffRow.Tag.INSERT);
        assertThat(FileHistory.unified("main.py", "print('two')\n", three.text()))
                .contains("--- a/main.py", "+++ b/main.py", "-print('two')", "+print('three')", "+extra = 1");

        files.restore(project, three, versions.get(1));
        assertThat(root.resolve("main.py")).hasContent("print('one')");
        assertThat(files.history(project, "main.py")).hasSize(3);
        assertThat(core.audit().latest(5)).anyMatch(entry -> entry.action().equals("SAVE_FILE") && "main.py".equals(entry.note()));
    }

    @Test
    void theWatcherReportsFoldersChangedByOtherPrograms() throws Exception {
        Set<Path> changed = ConcurrentHashMap.newKeySet();
        try (FolderWatcher watcher = new FolderWatcher(changed::addAll)) {
            watcher.watch(root);
            Files.writeString(root.resolve("new.py"), "x = 1\n");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!changed.contains(root) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(changed).contains(root);
    }
}
