package io.kumo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumo.testkit.KumoCommands;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo project check|format} as a user runs them, against a project without an environment (python3). */
class ProjectCheckCommandsIT {

    @TempDir
    Path temp;

    @Test
    void checkPrintsSyntaxErrorsAsPathLineColumnAndFailsFormatSaysWhatToInstall() throws Exception {
        KumoCommands kumo = new KumoCommands(temp.resolve("data"));
        Path folder = Files.createDirectories(temp.resolve("scraper"));
        Files.writeString(folder.resolve("ok.py"), "x = 1\n");
        Files.createDirectories(folder.resolve("jobs"));
        Files.writeString(folder.resolve("jobs/broken.py"), "x = 1\ndef f(:\n    pass\n");
        assertEquals(0, kumo.run("project", "import", folder.toString(), "--name", "scraper", "--link").code());

        KumoCommands.Result check = kumo.run("project", "check", "scraper");
        assertEquals(1, check.code(), check.err());
        assertTrue(check.out().strip().startsWith("jobs/broken.py:2:7: SyntaxError "), check.out());
        assertEquals(1, check.out().strip().lines().count(), check.out());

        KumoCommands.Result json = kumo.run("project", "check", "scraper", "--json");
        assertEquals("jobs/broken.py", json.json().get(0).get("path").asText());
        assertEquals(2, json.json().get(0).get("line").asInt());

        KumoCommands.Result format = kumo.run("project", "format", "scraper", "--check");
        assertEquals(1, format.code());
        assertEquals("kumo: No formatter in python3: install ruff into it.", format.err().strip());
    }

    @Test
    void anUnknownProjectIsBadInput() throws Exception {
        KumoCommands.Result check = new KumoCommands(temp.resolve("data")).run("project", "check", "nope");
        assertEquals(2, check.code());
        assertEquals("kumo: no project named 'nope'", check.err().strip());
    }
}
