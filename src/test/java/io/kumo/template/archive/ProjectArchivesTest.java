package io.kumo.template.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.project.ArchiveRejectedException;
import io.kumo.service.TaskVariables;
import io.kumo.testkit.RealPython;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectArchivesTest {

    private static final String PIPELINE = """
            # nightly: fetch then report
            name: nightly
            steps:
              - name: fetch
                task: shop-fetch
              - name: report
                task: shop-report
                depends: [fetch]
            """;
    private static final String MIXED = """
            name: mixed
            steps:
              - name: fetch
                task: shop-fetch
              - name: other
                task: elsewhere
            """;

    @TempDir
    Path dir;
    KumoCore source;
    KumoCore target;
    Project shop;

    @BeforeEach
    void shopWithTasksAndWorkflows() throws IOException {
        source = TestCores.open(dir.resolve("source"));
        target = TestCores.open(dir.resolve("target"));
        Path files = Files.createDirectories(dir.resolve("shop/src"));
        Files.writeString(files.resolve("fetch.py"), "print('fetch')\n");
        Files.createDirectories(dir.resolve("shop/.git")).resolve("HEAD").toFile().createNewFile();
        shop = source.projectService().importFolder(dir.resolve("shop"), "shop");
        shop.setTags("shop,nightly");
        shop = source.projectService().save(shop);
        source.python().environments().useInterpreter("tools", RealPython.path(), false);
        source.python().environments().useInterpreter("gone", RealPython.path(), false);
        Task fetch = new Task("shop-fetch", "python src/fetch.py");
        fetch.setProjectId(shop.getId());
        fetch.setTriggerType(TriggerType.CRON);
        fetch.setCronExpression("*/5 * * * *");
        fetch.setTimeZone("Europe/Berlin");
        fetch.setRetries(2);
        fetch.setEnvironmentVariables(TaskVariables.encode(Map.of("SHOP_URL", "https://shop.example")));
        fetch.setLimits(new ResourceLimits(256L * 1024 * 1024, 50, 20, null, null));
        fetch.setEnvironmentId(source.python().environments().find("tools").getId());
        source.tasks().create(fetch);
        Task report = new Task("shop-report", "python src/fetch.py --report");
        report.setProjectId(shop.getId());
        report.setEnabled(false);
        report.setEnvironmentId(source.python().environments().find("gone").getId());
        source.tasks().create(report);
        source.tasks().create(new Task("elsewhere", "echo elsewhere"));
        source.workflowService().save(PIPELINE);
        source.workflowService().save(MIXED);
        source.variableService().set("SHOP_TOKEN", "s3cr3t-token", true, "the shop's API token");
        target.python().environments().useInterpreter("tools", RealPython.path(), false);
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    @Test
    void roundTripCarriesFilesTasksAndWorkflowsButNoSecrets() throws IOException {
        ExportedArchive archive = source.projectArchives().export(shop, dir.resolve("out/shop.zip"));
        assertThat(archive.tasks()).containsExactlyInAnyOrder("shop-fetch", "shop-report");
        assertThat(archive.workflows()).containsExactly("nightly");
        assertThat(archive.workflowsLeftOut()).containsExactly("mixed");

        ImportedArchive imported = target.projectArchives().importArchive(archive.file(), null);

        Project project = imported.project();
        assertThat(project.getName()).isEqualTo("shop");
        assertThat(project.getTags()).isEqualTo("shop,nightly");
        Path root = Path.of(project.getRootPath());
        assertThat(root.resolve("src/fetch.py")).hasContent("print('fetch')");
        assertThat(root.resolve(".git")).doesNotExist();
        assertThat(root.resolve(ArchiveManifest.FILE)).doesNotExist();
        for (String name : List.of("shop-fetch", "shop-report")) {
            Task before = source.taskService().named(name);
            Task after = target.taskService().named(name);
            assertThat(TaskDefinitions.of(after)).isEqualTo(TaskDefinitions.of(before));
            assertThat(after.getProjectId()).isEqualTo(project.getId());
        }
        assertThat(target.taskService().named("shop-fetch").getEnvironmentId()).isEqualTo(target.python().environments().find("tools").getId());
        assertThat(target.taskService().named("shop-report").getEnvironmentId()).isNull();
        assertThat(imported.warnings()).anySatisfy(warning -> assertThat(warning).contains("'gone'"));
        assertThat(target.workflowService().get("nightly").yaml()).isEqualTo(PIPELINE);
        assertThat(target.workflowService().find("mixed")).isEmpty();
        assertThat(target.variableService().list()).isEmpty();
        assertThat(Files.readAllBytes(archive.file())).asString(java.nio.charset.StandardCharsets.ISO_8859_1).doesNotContain("s3cr3t-token");
    }

    @Test
    void clashingNamesAreRefusedAndNothingIsWritten() {
        ExportedArchive archive = source.projectArchives().export(shop, dir.resolve("shop.zip"));
        target.tasks().create(new Task("shop-report", "echo mine"));

        assertThatThrownBy(() -> target.projectArchives().importArchive(archive.file(), "shop2"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("archive: task 'shop-report' already exists here; rename or delete it first");
        assertThat(target.projectService().list()).isEmpty();
        assertThat(target.taskService().findNamed("shop-fetch")).isEmpty();
        assertThat(target.workflowService().find("nightly")).isEmpty();
    }

    @Test
    void importedUnderAnotherNameBesideTheOriginal() {
        ExportedArchive archive = source.projectArchives().export(shop, dir.resolve("shop.zip"));
        source.taskService().delete(source.taskService().named("shop-fetch").getId());
        source.taskService().delete(source.taskService().named("shop-report").getId());
        source.workflowService().delete("nightly");
        source.workflowService().delete("mixed");

        assertThatThrownBy(() -> source.projectArchives().importArchive(archive.file(), null))
                .hasMessage("archive: project 'shop' already exists here; rename or delete it first (or import under another name)");
        ImportedArchive copy = source.projectArchives().importArchive(archive.file(), "shop-copy");

        assertThat(copy.project().getName()).isEqualTo("shop-copy");
        assertThat(source.projectService().tasksUsing(copy.project())).extracting(Task::getName)
                .containsExactlyInAnyOrder("shop-fetch", "shop-report");
    }

    @Test
    void aPlainZipIsNotAnArchive() throws IOException {
        Path zip = dir.resolve("plain.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("main.py"));
            out.write("print(1)\n".getBytes());
            out.closeEntry();
        }
        Files.writeString(dir.resolve("junk.zip"), "not a zip");

        assertThat(target.projectArchives().isArchive(zip)).isFalse();
        assertThatThrownBy(() -> target.projectArchives().importArchive(zip, "x"))
                .hasMessageContaining("has no kumo-archive.json");
        assertThat(target.projectArchives().isArchive(dir.resolve("junk.zip"))).isFalse();
        assertThatThrownBy(() -> target.projectArchives().importArchive(dir.resolve("junk.zip"), "x"))
                .isInstanceOf(ArchiveRejectedException.class).hasMessageStartingWith("junk.zip is not a valid project archive");
    }
}
