package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.testkit.LocalWebhookServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportScheduleCommandTest {

    @TempDir
    Path data;

    private final LocalWebhookServer hooks = LocalWebhookServer.start();

    @AfterEach
    void stop() {
        hooks.close();
    }

    private CliRun withChannel() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("channel", "add", "ops", "json://127.0.0.1:" + hooks.port() + "/hook")).isZero();
        return cli;
    }

    @Test
    void addListJsonAndRemove() throws Exception {
        CliRun cli = withChannel();

        assertThat(cli.kumo("report", "schedule", "add", "monthly", "--cron", "0 8 1 * *", "--period", "30d",
                "--format", "pdf", "--channel", "ops", "--zone", "Europe/Berlin", "--tag", "nightly")).isZero();
        assertThat(cli.out()).startsWith("Added report schedule monthly:");

        assertThat(cli.kumo("report", "schedule", "list", "--json")).isZero();
        JsonNode schedule = cli.json().get(0);
        assertThat(schedule.get("name").asText()).isEqualTo("monthly");
        assertThat(schedule.get("cron").asText()).isEqualTo("0 8 1 * *");
        assertThat(schedule.get("periodDays").asInt()).isEqualTo(30);
        assertThat(schedule.get("format").asText()).isEqualTo("pdf");
        assertThat(schedule.get("channel").asText()).isEqualTo("ops");
        assertThat(schedule.get("tag").asText()).isEqualTo("nightly");
        assertThat(schedule.get("lastSentAt").isNull()).isTrue();

        assertThat(cli.kumo("report", "schedule", "list")).isZero();
        assertThat(cli.out()).contains("monthly").contains("Europe/Berlin");

        assertThat(cli.kumo("report", "schedule", "remove", "monthly")).isZero();
        assertThat(cli.kumo("report", "schedule", "list")).isZero();
        assertThat(cli.out()).contains("No report schedules.");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        CliRun cli = withChannel();

        assertThat(cli.kumo("report", "schedule", "add", "x", "--cron", "0 8 1 * *", "--period", "thirty",
                "--format", "pdf", "--channel", "ops")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).isEqualTo("kumo: --period: 'thirty' is not a number of days (e.g. 7d, 30d)");
        assertThat(cli.kumo("report", "schedule", "add", "x", "--cron", "0 8 1 * *", "--period", "30d",
                "--format", "pdf", "--channel", "nowhere")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("no alert channel named 'nowhere'");
        assertThat(cli.kumo("report", "schedule", "add", "x", "--cron", "0 8 1 * *", "--period", "400d",
                "--format", "pdf", "--channel", "ops")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.kumo("report", "schedule", "add", "x", "--cron", "0 8 1 * *", "--period", "30d",
                "--format", "pdf", "--channel", "ops", "--project", "nope")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("no project named 'nope'");
        assertThat(cli.kumo("report", "schedule", "remove", "ghost")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.kumo("report", "schedule", "list")).isZero();
        assertThat(cli.out()).contains("No report schedules.");
    }

    @Test
    void sendingAnUnknownScheduleExitsTwo() {
        CliRun cli = withChannel();

        assertThat(cli.kumo("report", "schedule", "send", "ghost")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).isEqualTo("kumo: No report schedule named 'ghost'");
    }
}
