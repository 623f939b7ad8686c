package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.testkit.LocalWebhookServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelCommandTest {

    private static final String MARKER = "Zq9markerTOKEN77";

    @TempDir
    Path data;

    private final LocalWebhookServer hooks = LocalWebhookServer.start();

    @AfterEach
    void stop() {
        hooks.close();
    }

    private String url(String path) {
        return "json://ops:" + MARKER + "@" + hooks.base().substring("http://".length()) + path;
    }

    @Test
    void addThenListJsonShowsTheChannelMaskedWithItsRulesInWords() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("channel", "add", "ops", url("/alerts"), "--on", "failure,streak")).isZero();
        assertThat(cli.out()).startsWith("Added channel ops (JSON webhook (http)): json://ops:******@").doesNotContain(MARKER);

        assertThat(cli.kumo("channel", "list", "--json")).isZero();
        assertThat(cli.out()).doesNotContain(MARKER);
        JsonNode channel = cli.json().get(0);
        List<String> fields = new ArrayList<>();
        channel.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("name", "kind", "url", "enabled", "readable", "rules");
        assertThat(channel.get("kind").asText()).isEqualTo("json");
        assertThat(channel.get("url").asText()).contains("******").endsWith("/alerts");
        assertThat(channel.get("rules").asText()).isEqualTo("every task and workflow: failure,streak (3 in a row)");

        assertThat(cli.kumo("channel", "list")).isZero();
        assertThat(cli.out()).contains("ops  json  json://ops:******@").doesNotContain(MARKER);
    }

    @Test
    void aChannelMayAskForNewErrorsOnly() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("channel", "add", "errors", url("/errors"), "--on", "new-error")).as(cli.err()).isZero();

        assertThat(cli.kumo("channel", "list", "--json")).isZero();
        assertThat(cli.json().get(0).get("rules").asText()).isEqualTo("every task and workflow: new-error");
    }

    @Test
    void badInputAnswersExitTwoWithOneLineAndStoresNothing() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("channel", "add", "ops", "nope://x/" + MARKER)).isEqualTo(2);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("kumo: Unknown channel type 'nope://'")
                .doesNotContain(MARKER);
        assertThat(cli.kumo("channel", "add", "ops", url("/a"), "--on", "sometimes")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: Unknown event 'sometimes'; use failure, timeout, recovery, success, missed, long, streak, new-error");
        assertThat(cli.kumo("channel", "add", "a:b", url("/a"))).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(1);

        assertThat(cli.kumo("channel", "list", "--json")).isZero();
        assertThat(cli.json()).isEmpty();
        assertThat(cli.kumo("channel", "rm", "ops")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: no channel named 'ops'");
        assertThat(cli.kumo("channel", "log", "--limit", "0")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: --limit must be 1-1000, not 0");
    }

    @Test
    void aUrlDashIsReadFromStandardInput() {
        CliRun cli = new CliRun(data);
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream((url("/stdin") + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(cli.kumo("channel", "add", "ops", "-")).isZero();
        } finally {
            System.setIn(before);
        }
        assertThat(cli.kumo("channel", "list", "--json")).isZero();
        assertThat(cli.json().get(0).get("url").asText()).endsWith("/stdin").contains("******");
    }

    @Test
    void testExitsZeroWhenDeliveredAndOneWithTheServersErrorAndTheLogShowsBoth() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("channel", "add", "ops", url("/alerts"))).isZero();

        assertThat(cli.kumo("channel", "test", "ops")).isZero();
        assertThat(cli.out()).isEqualTo("delivered" + System.lineSeparator());

        hooks.answerAlways(400, "bad room");
        assertThat(cli.kumo("channel", "test", "ops")).isEqualTo(1);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("kumo: channel ops: ").contains("400")
                .contains("bad room").doesNotContain(MARKER);

        assertThat(cli.kumo("channel", "log", "--json", "--channel", "ops", "--limit", "5")).isZero();
        JsonNode lines = cli.json();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("status").asText()).isEqualTo("failed");
        assertThat(lines.get(0).get("error").asText()).contains("bad room");
        assertThat(lines.get(1).get("status").asText()).isEqualTo("delivered");
        assertThat(lines.get(1).get("event").asText()).isEqualTo("test");

        assertThat(cli.kumo("channel", "rm", "ops")).isZero();
        assertThat(cli.kumo("channel", "log")).isZero();
        assertThat(cli.out().lines()).hasSize(2).allMatch(line -> line.contains("  ops  test  "));
        assertThat(cli.kumo("channel", "log", "--channel", "ops")).isZero(); // a removed channel's lines, by its old name
        assertThat(cli.out().lines()).hasSize(2);
    }

    @Test
    void openNeedsAKumoLinkAndAWindow() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("open", "https://example.com")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: 'https://example.com' is not a Kumo link; use kumo://run/ID or kumo://workflow-run/ID");

        assertThat(cli.kumo("open", "kumo://run/5")).isEqualTo(1);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("kumo: no Kumo window is open");
    }
}
