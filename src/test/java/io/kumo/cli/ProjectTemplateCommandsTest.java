package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectTemplateCommandsTest {

    @TempDir
    Path dir;

    @Test
    void newFromTemplateThenMovedToAnotherDataDirectory() throws Exception {
        CliRun here = new CliRun(dir.resolve("here"));
        assertThat(here.kumo("project", "templates")).isZero();
        assertThat(here.out()).contains("pandas-etl").contains("report-emailer");
        assertThat(here.kumo("project", "new", "sales", "--template", "pandas-etl", "--with-tasks")).as(here.err()).isZero();
        assertThat(here.out()).contains("Created project 'sales'").contains("task sales: python etl.py sample.csv (paused");

        Path zip = dir.resolve("sales.zip");
        assertThat(here.kumo("project", "export", "sales", "--to", zip.toString())).as(here.err()).isZero();
        assertThat(here.out()).contains("1 tasks, 0 workflows").contains("secrets are not exported");

        CliRun there = new CliRun(dir.resolve("there"));
        assertThat(there.kumo("project", "import-archive", zip.toString())).as(there.err()).isZero();
        assertThat(there.out()).contains("Imported project 'sales'").contains("with 1 tasks");
        assertThat(there.kumo("task", "list", "--json")).isZero();
        assertThat(there.json().get(0).get("name").asText()).isEqualTo("sales");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        CliRun cli = new CliRun(dir.resolve("data"));
        assertThat(cli.kumo("project", "new", "x", "--template", "cobol")).isEqualTo(2);
        assertThat(cli.err().strip()).startsWith("kumo: template: no template 'cobol'").doesNotContain("\n");
        assertThat(cli.kumo("project", "new", "x", "--template", "page-check", "--with-tasks")).isZero();
        Path zip = dir.resolve("x.zip");
        assertThat(cli.kumo("project", "export", "x", "--to", zip.toString())).isZero();
        assertThat(cli.kumo("project", "import-archive", zip.toString())).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: archive: project 'x', task 'x' already exist here; rename or delete them first "
                + "(or import under another name)");
    }
}
