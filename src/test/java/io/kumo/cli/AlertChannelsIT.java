package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.kumo.testkit.KumoCommands;
import io.kumo.testkit.KumoProcess;
import io.kumo.testkit.LocalWebhookServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, headless, as a server user runs it: channels added with the CLI, a task that fails, and the alert
 * arriving at a real SMTP server and a real webhook — with the channels' secrets nowhere in the data directory.
 */
@DisabledOnOs(OS.WINDOWS)
class AlertChannelsIT {

    private static final String TOKEN = "tok-7f3c9a1e5b";

    @TempDir
    Path dataDir;
    private KumoCommands commands;
    private LocalWebhookServer hooks;
    private GreenMail mail;

    @BeforeEach
    void servers() {
        commands = new KumoCommands(dataDir);
        hooks = LocalWebhookServer.start();
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.setUser("ops@example.com", "alerts", "mail-pass-42");
        mail.start();
    }

    @AfterEach
    void stopServers() {
        hooks.close();
        mail.stop();
    }

    @Test
    void aHeadlessKumoTellsMailAndWebhookChannelsOfAFailureAndKeepsTheirSecretsSealed() throws Exception {
        String hook = "json://127.0.0.1:" + hooks.port() + "/kumo?+Authorization=Bearer%20" + TOKEN;
        String smtp = "mailto://alerts:mail-pass-42@127.0.0.1:" + mail.getSmtp().getPort()
                + "?from=kumo@example.com&to=ops@example.com&mode=insecure";
        assertThat(commands.run("channel", "add", "ops-hook", hook).code()).isZero();
        assertThat(commands.run("channel", "add", "ops-mail", smtp).code()).isZero();
        assertThat(commands.run("task", "add", "--name", "backup", "--shell", "--every", "1h",
                "--command", "echo copying; echo 'Permission denied' >&2; exit 3").code()).isZero();

        try (KumoProcess kumo = KumoProcess.start(commands.withDir("--headless"))) {
            assertThat(kumo.nextLine(Duration.ofSeconds(60))).startsWith("Kumo running headless");

            KumoCommands.Result run = commands.run("run", "backup");
            assertThat(run.code()).as(run.err()).isEqualTo(3);

            LocalWebhookServer.Request request = hooks.next(Duration.ofSeconds(60));
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
            JsonNode body = new ObjectMapper().readTree(request.body());
            assertThat(body.get("type").asText()).isEqualTo("failure");
            assertThat(body.get("title").asText()).contains("backup failed");
            assertThat(body.get("message").asText()).contains("Permission denied");
            assertThat(body.get("kumo").get("task").asText()).isEqualTo("backup");

            assertThat(mail.waitForIncomingEmail(60_000, 1)).as("the failure mail arrives").isTrue();
            MimeMessage received = mail.getReceivedMessages()[0];
            assertThat(received.getSubject()).contains("backup failed");
            assertThat(received.getHeader("X-Kumo-Event")[0]).isEqualTo("failure");

            KumoCommands.Result test = commands.run("channel", "test", "ops-hook");
            assertThat(test.code()).as(test.err()).isZero();
            KumoCommands.Result list = commands.run("channel", "list", "--json");
            assertThat(list.out()).doesNotContain(TOKEN).doesNotContain("mail-pass-42").contains("******");
            KumoCommands.Result log = commands.run("channel", "log", "--json");
            assertThat(log.out()).contains("\"failure\"").contains("\"status\" : \"delivered\"").doesNotContain(TOKEN);

            kumo.signal("TERM");
            assertThat(kumo.waitForExit(Duration.ofSeconds(30))).isZero();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(TOKEN).doesNotContain("mail-pass-42");
            }
        }
    }
}
