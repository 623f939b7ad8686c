package io.kumo.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.testkit.RealPython;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateServiceTest {

    @TempDir
    Path dir;
    KumoCore core;

    @BeforeEach
    void open() {
        core = TestCores.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void fiveTemplatesEachWithReadmeRequirementsAndPythonThatCompiles() throws Exception {
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        assertThat(catalog.list()).extracting(ProjectTemplate::id)
                .containsExactly("scrapy-spider", "requests-poller", "pandas-etl", "page-check", "report-emailer");
        for (ProjectTemplate template : catalog.list()) {
            assertThat(template.files()).as(template.id()).contains("README.md", "requirements.txt");
            assertThat(template.tasks()).as(template.id()).isNotEmpty();
            List<String> command = new ArrayList<>(List.of(RealPython.path().toString(), "-m", "py_compile"));
            for (String file : template.files()) {
                Path copy = dir.resolve(template.id()).resolve(file);
                Files.createDirectories(copy.getParent());
                Files.write(copy, catalog.file(template, file));
                if (file.endsWith(".py")) {
                    command.add(copy.toString());
                }
            }
            Process compile = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(compile.getInputStream().readAllBytes());
            assertThat(compile.waitFor()).as(template.id() + ": " + output).isZero();
        }
    }

    @Test
    void createsTheProjectWithPausedSuggestedTasks() {
        CreatedProject created = core.templateService().create(new NewProject("weather", "requests-poller", true, false, null));

        Path root = Path.of(created.project().getRootPath());
        assertThat(root.resolve("poll.py")).exists();
        assertThat(root.resolve("README.md")).content().startsWith("# Requests poller");
        assertThat(created.project().getDescription()).isEqualTo("Requests poller (JSON lines)");
        Task task = core.taskService().named("weather");
        assertThat(task.isEnabled()).isFalse();
        assertThat(task.getTriggerType()).isEqualTo(TriggerType.CRON);
        assertThat(task.getCronExpression()).isEqualTo("*/15 * * * *");
        assertThat(task.getProjectId()).isEqualTo(created.project().getId());
        assertThat(task.getEnvironmentVariables()).contains("POLL_URL");
    }

    @Test
    void withoutTasksOnlyTheFiles() {
        CreatedProject created = core.templateService().create(new NewProject("etl", "pandas-etl", false, false, null));

        assertThat(created.tasks()).isEmpty();
        assertThat(Path.of(created.project().getRootPath()).resolve("sample.csv")).exists();
        assertThat(core.taskService().findNamed("etl")).isEmpty();
    }

    @Test
    void aTakenNameIsRefusedBeforeAnythingIsWritten() {
        core.taskService().create(new Task("mailer", "echo taken"));

        assertThatThrownBy(() -> core.templateService().create(new NewProject("mailer", "report-emailer", true, false, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("task name: 'mailer' is already used; choose another project name or create the project without its tasks");
        assertThat(core.projectService().list()).isEmpty();
        assertThatThrownBy(() -> core.templateService().create(new NewProject(" ", "report-emailer", false, false, null)))
                .hasMessage("project name: must not be empty");
        assertThatThrownBy(() -> core.templateService().create(new NewProject("x", "cobol", false, false, null)))
                .hasMessageStartingWith("template: no template 'cobol'; the templates are scrapy-spider, requests-poller");
    }
}
