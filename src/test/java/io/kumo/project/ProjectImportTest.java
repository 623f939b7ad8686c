package io.kumo.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectImportTest {

    @TempDir
    Path dir;
    Path data;
    KumoCore core;
    ProjectService projects;
    MutableClock clock;

    @BeforeEach
    void open() {
        data = dir.resolve("data");
        clock = new MutableClock(TestCores.T0);
        core = TestCores.open(data, clock);
        projects = core.projectService();
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aSingleTopFolderIsUnwrapped() throws IOException {
        Path zip = Zips.of(dir.resolve("scraper-1.0.zip"), Map.of(
                "scraper-1.0/main.py", "print('hi')\n",
                "scraper-1.0/pkg/__init__.py", "",
                "__MACOSX/scraper-1.0/._main.py", "junk"));
        Project project = projects.importZip(zip, "Scraper");

        Path root = Path.of(project.getRootPath());
        assertThat(root).isEqualTo(data.resolve("projects").resolve("Scraper"));
        assertThat(root.resolve("main.py")).hasContent("print('hi')");
        assertThat(root.resolve("pkg/__init__.py")).exists();
        assertThat(project.isLinked()).isFalse();
        assertThat(stagingFolders()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.py", "ok/../../evil.py", "/tmp/evil.py", "C:/evil.py", "..\\evil.py"})
    void entriesEscapingTheFolderAreRejectedAndNothingIsLeft(String name) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("main.py", "print('hi')\n");
        entries.put(name, "import os\n");
        Path zip = Zips.of(dir.resolve("evil.zip"), entries);

        assertThatThrownBy(() -> projects.importZip(zip, "evil")).isInstanceOf(ArchiveRejectedException.class)
                .hasMessageContaining(name.replace('\\', '/'));
        assertNothingImported();
        assertThat(dir.resolve("evil.py")).doesNotExist();
        assertThat(data.resolve("evil.py")).doesNotExist();
    }

    @Test
    void symlinkEntriesAreRejected() throws IOException {
        Path zip = Zips.withSymlink(dir.resolve("link.zip"), "passwd", "/etc/passwd");
        assertThatThrownBy(() -> projects.importZip(zip, "links"))
                .hasMessage("the archive holds a symbolic link (passwd), which Kumo does not extract");
        assertNothingImported();
    }

    @Test
    void zipBombsAreStoppedWhileExtracting() throws IOException {
        ProjectService strict = new ProjectService(data.resolve("projects"), core.projects(), core.taskService(),
                projects.trash(), core.audit(), new ArchiveLimits(8L * 1024 * 1024, 10, 100, 64 * 1024));
        Path ratioBomb = Zips.bomb(dir.resolve("bomb.zip"), 4);
        assertThatThrownBy(() -> strict.importZip(ratioBomb, "bomb"))
                .hasMessage("zeros.bin in bomb.zip expands more than 100 times; it looks like a zip bomb");

        ProjectService small = new ProjectService(data.resolve("projects"), core.projects(), core.taskService(),
                projects.trash(), core.audit(), new ArchiveLimits(1024 * 1024, 10, 100_000, 64 * 1024));
        assertThatThrownBy(() -> small.importZip(Zips.bomb(dir.resolve("big.zip"), 2), "big"))
                .hasMessage("big.zip expands to more than 1 MB; it looks like a zip bomb");

        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("f" + i + ".py", "");
        }
        assertThatThrownBy(() -> strict.importZip(Zips.of(dir.resolve("many.zip"), many), "many"))
                .hasMessage("many.zip has 11 entries, more than the 10 allowed");
        assertNothingImported();
    }

    @Test
    void corruptAndTruncatedArchivesAreRejected() throws IOException {
        Path garbage = Files.write(dir.resolve("garbage.zip"), "this is not a zip".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> projects.importZip(garbage, "garbage"))
                .hasMessageStartingWith("garbage.zip is not a valid ZIP archive");
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            entries.put("module" + i + ".py", "x = " + i + "\n".repeat(50));
        }
        Path good = Zips.of(dir.resolve("good.zip"), entries);
        Path cut = Zips.truncated(good, dir.resolve("cut.zip"));
        assertThatThrownBy(() -> projects.importZip(cut, "cut")).hasMessageStartingWith("cut.zip is not a valid ZIP archive");
        assertThatThrownBy(() -> projects.importZip(dir.resolve("missing.zip"), "missing"))
                .hasMessage("No file at " + dir.resolve("missing.zip"));
        assertNothingImported();
    }

    @Test
    void namesAreUniqueAndFoldersNeverClash() throws IOException {
        Path zip = Zips.of(dir.resolve("a.zip"), Map.of("main.py", ""));
        Project first = projects.importZip(zip, "My Scraper");
        assertThatThrownBy(() -> projects.importZip(zip, "My Scraper")).isInstanceOf(ValidationException.class)
                .hasMessage("project name: 'My Scraper' is already used");
        Project second = projects.importZip(zip, "My_Scraper");
        assertThat(first.getRootPath()).endsWith("My_Scraper");
        assertThat(second.getRootPath()).endsWith("My_Scraper-2");
    }

    @Test
    void aLinkedFolderIsUsedInPlaceAndNeverDeleted() throws IOException {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.writeString(checkout.resolve("run.py"), "print(1)\n");
        Project linked = projects.link(checkout, "checkout");
        assertThat(linked.isLinked()).isTrue();
        assertThat(Path.of(linked.getRootPath())).isEqualTo(checkout);

        TrashEntry entry = projects.delete(linked, false);
        assertThat(checkout.resolve("run.py")).exists();
        assertThat(entry.sizeBytes()).isZero();
        Project back = projects.restore(entry.id());
        assertThat(back.getRootPath()).isEqualTo(checkout.toString());
        assertThat(back.isLinked()).isTrue();
        assertThatThrownBy(() -> projects.link(dir.resolve("nope"), "nope")).hasMessage("No folder at " + dir.resolve("nope"));
    }

    @Test
    void deleteIsRefusedWhileTasksUseItThenTrashRestoreAndPurge() throws IOException {
        Project project = projects.importZip(Zips.of(dir.resolve("p.zip"), Map.of("main.py", "print(1)\n")), "etl");
        Path root = Path.of(project.getRootPath());
        Task task = new Task("nightly", "python main.py");
        task.setProjectId(project.getId());
        core.tasks().create(task);

        assertThatThrownBy(() -> projects.delete(project, false)).hasMessage(
                "project 'etl' is used by task nightly; delete those tasks too, or give them another project");
        assertThat(root).isDirectory();

        TrashEntry entry = projects.delete(project, true);
        assertThat(root).doesNotExist();
        assertThat(core.tasks().findByName("nightly")).isEmpty();
        assertThat(entry.deletedTasks()).containsExactly("nightly");
        assertThat(projects.trash().list()).extracting(TrashEntry::projectName).containsExactly("etl");

        Project restored = projects.restore(entry.id());
        assertThat(Path.of(restored.getRootPath()).resolve("main.py")).hasContent("print(1)");
        assertThat(projects.trash().list()).isEmpty();

        TrashEntry again = projects.delete(restored, false);
        clock.advance(Duration.ofDays(31));
        assertThat(projects.trash().purgeOlderThan(Duration.ofDays(30))).isEqualTo(1);
        assertThat(data.resolve("trash").resolve(again.id())).doesNotExist();
        assertThat(core.audit().latest(20)).extracting(e -> e.action())
                .contains("PURGE", "RESTORE", "DELETE", "CREATE");
    }

    @Test
    void updatingFromANewerZipKeepsTheRecordAndTasksAndTrashesTheOldFiles() throws IOException {
        Project project = projects.importZip(Zips.of(dir.resolve("v1.zip"), Map.of("app/main.py", "v = 1\n")), "app");
        Task task = new Task("job", "python main.py");
        task.setProjectId(project.getId());
        core.tasks().create(task);

        projects.updateFromZip(project, Zips.of(dir.resolve("v2.zip"), Map.of("app/main.py", "v = 2\n", "app/new.py", "")));

        Path root = Path.of(project.getRootPath());
        assertThat(root.resolve("main.py")).hasContent("v = 2");
        assertThat(root.resolve("new.py")).exists();
        assertThat(projects.tasksUsing(projects.find("app"))).extracting(Task::getName).containsExactly("job");
        assertThat(projects.trash().list()).hasSize(1);
        assertThatThrownBy(() -> projects.updateFromZip(project, dir.resolve("v2.zip").resolveSibling("bad.zip")))
                .isInstanceOf(ArchiveRejectedException.class);
        assertThat(root.resolve("main.py")).hasContent("v = 2");
    }

    @Test
    void importingAFolderCopiesItWithoutItsSymlinks() throws IOException {
        Path source = Files.createDirectories(dir.resolve("src-folder/pkg"));
        Files.writeString(source.resolve("mod.py"), "x = 1\n");
        Files.createSymbolicLink(dir.resolve("src-folder/secret"), Path.of("/etc/passwd"));
        Project project = projects.importFolder(dir.resolve("src-folder"), "copied");
        Path root = Path.of(project.getRootPath());
        assertThat(root.resolve("pkg/mod.py")).hasContent("x = 1");
        assertThat(root.resolve("secret")).doesNotExist();
        assertThat(dir.resolve("src-folder/pkg/mod.py")).exists();
    }

    @Test
    void metadataIsCheckedBeforeSaving() throws IOException {
        Project project = projects.importZip(Zips.of(dir.resolve("m.zip"), Map.of("src/main.py", "")), "meta");
        project.setWorkDir("../outside");
        assertThatThrownBy(() -> projects.save(project)).hasMessage("work folder: ../outside must be a folder inside the project");
        project.setWorkDir("src");
        project.setOutputDir("relative/out");
        assertThatThrownBy(() -> projects.save(project)).hasMessage("output folder: relative/out must be an absolute path");
        project.setOutputDir(dir.resolve("out").toString());
        project.setTags("ETL, nightly etl");
        Project saved = projects.save(project);
        assertThat(saved.getTags()).isEqualTo("etl,nightly");
        assertThat(projects.workFolder(saved)).isEqualTo(Path.of(saved.getRootPath()).resolve("src"));
    }

    private void assertNothingImported() throws IOException {
        assertThat(projects.list()).isEmpty();
        try (Stream<Path> children = Files.list(data.resolve("projects"))) {
            assertThat(children.toList()).isEmpty();
        }
    }

    private List<Path> stagingFolders() throws IOException {
        try (Stream<Path> children = Files.list(data.resolve("projects"))) {
            return children.filter(path -> path.getFileName().toString().startsWith(".staging")).toList();
        }
    }
}
