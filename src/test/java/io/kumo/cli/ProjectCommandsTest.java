package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCommandsTest {

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir.resolve("data"));
    }

    @Test
    void importListShowAndRemove() throws IOException {
        Path zip = zip(dir.resolve("bot.zip"), "bot/scrapy.cfg", "[settings]\ndefault = bot.settings\n",
                "bot/bot/spiders/q.py", "class Q:\n    name = \"quotes\"\n");
        assertThat(cli.kumo("project", "import", zip.toString(), "--name", "bot")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Imported project 'bot'").contains("suggested command: scrapy crawl quotes");

        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.writeString(checkout.resolve("main.py"), "print(1)\n");
        assertThat(cli.kumo("project", "import", checkout.toString(), "--name", "checkout", "--link")).isZero();

        assertThat(cli.kumo("project", "list", "--json")).isZero();
        JsonNode list = cli.json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("name").asText()).isEqualTo("bot");
        assertThat(list.get(0).get("kind").asText()).isEqualTo("scrapy");
        assertThat(list.get(0).get("suggested_commands").get(0).asText()).isEqualTo("scrapy crawl quotes");
        assertThat(list.get(1).get("path").asText()).isEqualTo(checkout.toString());
        assertThat(list.get(1).get("suggested_commands").get(0).asText()).isEqualTo("python main.py");

        assertThat(cli.kumo("project", "show", "checkout")).isZero();
        assertThat(cli.out()).contains("(linked)").contains("Command:      python main.py");

        assertThat(cli.kumo("project", "rm", "checkout")).isZero();
        assertThat(checkout.resolve("main.py")).exists();
        assertThat(cli.kumo("project", "trash", "--json")).isZero();
        String id = cli.json().get(0).get("id").asText();
        assertThat(cli.kumo("project", "restore", id)).isZero();
        assertThat(cli.out()).contains("Restored project 'checkout'");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        Path evil = zip(dir.resolve("evil.zip"), "../evil.py", "x = 1\n");
        assertThat(cli.kumo("project", "import", evil.toString(), "--name", "evil")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: the archive entry ../evil.py points outside the project folder");
        assertThat(cli.kumo("project", "import", dir.resolve("none.zip").toString(), "--name", "x")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: No file at " + dir.resolve("none.zip"));
        assertThat(cli.kumo("project", "show", "ghost")).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("kumo: no project named 'ghost'");
        assertThat(cli.kumo("project", "import", evil.toString())).isEqualTo(2);
        assertThat(cli.err().strip().lines()).hasSize(1);
    }

    private static Path zip(Path file, String... namesAndContents) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
