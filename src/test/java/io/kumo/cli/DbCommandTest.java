package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.store.Migrations;
import io.kumo.app.KumoCore;
import io.kumo.testkit.TestCores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo db export|import} from one data directory into another, and the input they refuse. */
class DbCommandTest {

    @TempDir
    Path dir;

    @Test
    void anExportImportedIntoAnotherDataDirectoryBringsTasksAndSecrets() throws Exception {
        CliRun desktop = new CliRun(dir.resolve("desktop"));
        assertThat(desktop.kumo("task", "add", "--name", "nightly", "--every", "1d", "--command", "true")).isZero();
        assertThat(desktop.kumo("var", "set", "TOKEN", "s3cret", "--secret")).isZero();
        Path export = dir.resolve("kumo.jsonl.gz");

        assertThat(desktop.kumo("db", "export", export.toString())).as(desktop.err()).isZero();
        assertThat(desktop.out()).startsWith("exported 1 task, ").contains("1 env variable")
                .contains(" to " + export + " (").contains("1 secrets in it stay sealed with "
                        + dir.resolve("desktop").resolve("secret.key"));

        CliRun server = new CliRun(dir.resolve("server"));
        assertThat(server.kumo("db", "import", export.toString())).as(server.err()).isZero();
        assertThat(server.out()).startsWith("imported 1 task, ").contains(" from " + export + " into the embedded H2 database in ");
        assertThat(server.err()).contains("kumo: warning: 1 secrets in it are sealed with the secret.key of the data "
                + "directory that exported it: copy that file to " + dir.resolve("server").resolve("secret.key"));

        assertThat(server.kumo("task", "list")).isZero();
        assertThat(server.out()).contains("nightly");
        Files.copy(dir.resolve("desktop").resolve("secret.key"), dir.resolve("server").resolve("secret.key"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(server.kumo("task", "add", "--name", "after", "--every", "1d", "--command", "true")).as(server.err()).isZero();
    }

    @Test
    void anImportIntoADataDirectoryWithTasksExitsTwoWithOneLine() {
        CliRun cli = new CliRun(dir.resolve("data"));
        assertThat(cli.kumo("task", "add", "--name", "nightly", "--every", "1d", "--command", "true")).isZero();
        Path export = dir.resolve("export.gz");
        assertThat(cli.kumo("db", "export", export.toString())).isZero();

        assertThat(cli.kumo("db", "import", export.toString())).isEqualTo(2);
        assertThat(cli.err().lines()).singleElement().asString()
                .startsWith("kumo: the target database already holds 1 task")
                .endsWith(": import needs an empty database");
    }

    @Test
    void aMissingFileOrOneThatIsNotAnExportExitsTwoWithOneLine() throws Exception {
        CliRun cli = new CliRun(dir.resolve("data"));
        Path missing = dir.resolve("missing.gz");
        assertThat(cli.kumo("db", "import", missing.toString())).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: No file at " + missing);

        Path notes = Files.writeString(dir.resolve("notes.txt"), "not an export");
        assertThat(cli.kumo("db", "import", notes.toString())).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: notes.txt is not a Kumo export (not a gzip file)");
    }

    @Test
    void anExportOfAnotherSchemaVersionExitsTwoNamingBothVersions() throws Exception {
        CliRun cli = new CliRun(dir.resolve("data"));
        Path export = dir.resolve("export.gz");
        assertThat(cli.kumo("db", "export", export.toString())).isZero();
        String content;
        try (var in = new GZIPInputStream(Files.newInputStream(export))) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path newer = dir.resolve("newer.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(newer))) {
            out.write(content.replace("\"schema\":\"" + Migrations.newestVersion() + "\"", "\"schema\":\"99\"")
                    .getBytes(StandardCharsets.UTF_8));
        }
        CliRun fresh = new CliRun(dir.resolve("fresh"));

        assertThat(fresh.kumo("db", "import", newer.toString())).isEqualTo(2);
        assertThat(fresh.err().lines()).singleElement().asString()
                .startsWith("kumo: newer.gz holds a Kumo database of schema version 99 (written by Kumo ")
                .contains("this Kumo's schema version is " + Migrations.newestVersion() + ": import it with the Kumo version");
    }

    @Test
    void anExportIntoAFolderThatDoesNotExistExitsTwo() {
        CliRun cli = new CliRun(dir.resolve("data"));
        Path nowhere = dir.resolve("no-such-folder").resolve("export.gz");

        assertThat(cli.kumo("db", "export", nowhere.toString())).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: No folder " + nowhere.getParent() + " to write export.gz in");
    }

    @Test
    void whileKumoRunsTheInstanceWritesTheExportWhereTheUserAskedAndRefusesAnImport() throws Exception {
        try (KumoCore running = TestCores.open(dir.resolve("data"))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exported = KumoCli.runForwarded(new String[] {"--client-dir", dir.toString(), "db", "export", "kumo.gz"},
                    running, new PrintWriter(out, true), new PrintWriter(err, true));

            assertThat(exported).as(err.toString()).isZero();
            assertThat(dir.resolve("kumo.gz")).isRegularFile();
            assertThat(out.toString()).startsWith("exported ").contains(" to " + dir.resolve("kumo.gz"));

            StringWriter refused = new StringWriter();
            int imported = KumoCli.runForwarded(new String[] {"--client-dir", dir.toString(), "db", "import", "kumo.gz"},
                    running, new PrintWriter(new StringWriter(), true), new PrintWriter(refused, true));

            assertThat(imported).isEqualTo(2);
            assertThat(refused.toString().lines()).containsExactly("kumo: Kumo is running on " + dir.resolve("data")
                    + ": import needs its database to itself; quit Kumo (or stop kumo --headless), then import again");
        }
    }
}
