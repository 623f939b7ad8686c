package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumo.api.ApiRole;
import io.kumo.api.ApiState;
import io.kumo.api.ApiToken;
import io.kumo.api.HookTarget;
import io.kumo.api.HookTrigger;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.settings.Settings;
import io.kumo.testkit.TestCores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiCommandTest {

    @TempDir
    Path data;

    @Test
    void tokenCreatePrintsWhatItMadeThenTheTokenAloneOnTheLastLine() {
        CliRun cli = new CliRun(data);
        Instant before = Instant.now();
        assertThat(cli.kumo("api", "token", "create", "ci", "--role", "operator", "--expires", "30d")).isZero();

        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).startsWith("Created token ci (operator), expires ").contains(" UTC");
        String token = lines.getLast();
        assertThat(token).matches("kumo_[A-Za-z0-9_-]{43}");
        assertThat(cli.err()).isEmpty();
        try (KumoCore core = TestCores.open(data)) {
            ApiToken found = core.apiTokens().authenticate(token).orElseThrow();
            assertThat(found.role()).isEqualTo(ApiRole.OPERATOR);
            assertThat(found.expiresAt().orElseThrow()).isBetween(before.plus(Duration.ofDays(30)),
                    Instant.now().plus(Duration.ofDays(30)));
        }
    }

    @Test
    void tokenListShowsNameRoleAndTimesButNeverTheToken() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("api", "token", "list")).isZero();
        assertThat(cli.out()).isEqualTo("No tokens." + System.lineSeparator());
        assertThat(cli.kumo("api", "token", "create", "grafana", "--role", "viewer")).isZero();
        String token = cli.out().lines().toList().getLast();
        assertThat(cli.out()).contains("never expires");

        assertThat(cli.kumo("api", "token", "list", "--json")).isZero();
        assertThat(cli.out()).doesNotContain(token);
        JsonNode listed = cli.json().get(0);
        assertThat(fields(listed)).containsExactly("id", "name", "role", "created_at", "expires_at", "last_used_at", "expired");
        assertThat(listed.get("name").asText()).isEqualTo("grafana");
        assertThat(listed.get("role").asText()).isEqualTo("viewer");
        assertThat(listed.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(listed.get("expires_at").isNull()).isTrue();
        assertThat(listed.get("last_used_at").isNull()).isTrue();
        assertThat(listed.get("expired").asBoolean()).isFalse();

        assertThat(cli.kumo("api", "token", "list")).isZero();
        assertThat(cli.out().lines().toList()).hasSize(2).last().asString().startsWith("grafana ").contains(" viewer ")
                .endsWith("never");
        assertThat(cli.out()).doesNotContain(token);
    }

    @Test
    void revokeRemovesTheTokenAndItNoLongerAuthenticates() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("api", "token", "create", "old", "--role", "admin")).isZero();
        String token = cli.out().lines().toList().getLast();

        assertThat(cli.kumo("api", "token", "revoke", "old")).isZero();
        assertThat(cli.out()).isEqualTo("Revoked token old" + System.lineSeparator());
        assertThat(cli.kumo("api", "token", "revoke", "old")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: no token named 'old'");
        try (KumoCore core = TestCores.open(data)) {
            assertThat(core.apiTokens().authenticate(token)).isEmpty();
        }
    }

    @Test
    void badTokenInputExitsTwoWithOneLineOnStderrAndCreatesNothing() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("api", "token", "create", "ci", "--role", "root")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: role: 'root' is not one of viewer, operator, admin");
        assertThat(cli.out()).isEmpty();
        assertThat(cli.kumo("api", "token", "create", "ci", "--role", "viewer", "--expires", "30x")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: expires: '30x' is not a lifetime; use a positive number "
                + "and m, h, d or w (90m, 12h, 30d, 2w)");
        assertThat(cli.kumo("api", "token", "create", "a/b", "--role", "viewer")).isEqualTo(2);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("kumo: token name: 'a/b' has '/'");
        assertThat(cli.kumo("api", "token", "create", "ci")).isEqualTo(2);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("kumo: Missing required option: '--role=ROLE'");

        assertThat(cli.kumo("api", "token", "create", "ci", "--role", "viewer")).isZero();
        assertThat(cli.kumo("api", "token", "create", "CI", "--role", "admin")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: a token named ci exists");
        assertThat(cli.kumo("api", "token", "list", "--json")).isZero();
        assertThat(cli.json()).hasSize(1);
    }

    @Test
    void hookCreatePrintsThePathAndHowToSignThenTheSecretAloneOnTheLastLine() throws Exception {
        try (KumoCore core = TestCores.open(data)) {
            core.taskService().create(new Task("deploy", "python deploy.py"));
        }
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("api", "hook", "create", "--task", "deploy")).isZero();

        List<String> lines = cli.out().lines().toList();
        assertThat(lines.getFirst()).matches("Created trigger URL /api/v1/hooks/[A-Za-z0-9_-]{22} for task deploy\\.");
        assertThat(cli.out()).contains("X-Hub-Signature-256: sha256=").contains("?token=SECRET");
        String path = lines.getFirst().substring("Created trigger URL ".length(), lines.getFirst().indexOf(" for "));
        String secret = lines.getLast();
        assertThat(secret).matches("whsec_[A-Za-z0-9_-]{43}");
        byte[] body = "{\"ref\":\"main\"}".getBytes(StandardCharsets.UTF_8);
        try (KumoCore core = TestCores.open(data)) {
            HookTrigger verified = core.hooks().verify(path.substring(HookTrigger.PATH_PREFIX.length()), Optional.empty(),
                    Optional.of(sign(secret, body)), body);
            assertThat(verified.target().name()).isEqualTo("deploy");
        }

        assertThat(cli.kumo("api", "hook", "list", "--json")).isZero();
        assertThat(cli.out()).doesNotContain(secret);
        JsonNode listed = cli.json().get(0);
        assertThat(fields(listed)).containsExactly("id", "path", "target_kind", "target_id", "target", "created_at",
                "last_called_at");
        assertThat(listed.get("path").asText()).isEqualTo(path);
        assertThat(listed.get("target_kind").asText()).isEqualTo("task");
        assertThat(listed.get("target").asText()).isEqualTo("deploy");
        assertThat(listed.get("last_called_at").asText()).isNotBlank();

        assertThat(cli.kumo("api", "hook", "list")).isZero();
        assertThat(cli.out().lines()).singleElement().asString().startsWith(path + "  task deploy  created ");

        assertThat(cli.kumo("api", "hook", "rm", path)).isZero();
        assertThat(cli.out()).isEqualTo("Removed trigger URL " + path + System.lineSeparator());
        assertThat(cli.kumo("api", "hook", "list")).isZero();
        assertThat(cli.out()).isEqualTo("No trigger URLs." + System.lineSeparator());
    }

    @Test
    void badHookInputExitsTwoWithOneLineOnStderr() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("api", "hook", "create", "--task", "nope")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: no task named 'nope'");
        assertThat(cli.kumo("api", "hook", "create", "--workflow", "nope")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: no workflow named 'nope'");
        assertThat(cli.kumo("api", "hook", "create", "--task", "a", "--workflow", "b")).isEqualTo(2);
        assertThat(cli.err().lines()).singleElement().asString().contains("mutually exclusive");
        assertThat(cli.kumo("api", "hook", "create")).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.kumo("api", "hook", "rm", "nope")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: no trigger URL with id 'nope'");
    }

    @Test
    void statusOnItsOwnSaysNoInstanceRunsAndTheSettingsItWouldUse() {
        try (KumoCore core = TestCores.open(data)) {
            core.settings().set(Settings.API_ADDRESS, "0.0.0.0:9443");
            core.settings().set(Settings.API_ENABLED, true);
        }
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("api", "status")).isZero();
        assertThat(cli.out().lines()).containsExactly("no Kumo instance is running on " + data + ": the API is off",
                "it would use: enabled yes, address 0.0.0.0:9443, /metrics without a token no");

        assertThat(cli.kumo("api", "status", "--json")).isZero();
        JsonNode status = cli.json();
        assertThat(fields(status)).containsExactly("running", "phase", "url", "error", "enabled", "address", "metrics_open");
        assertThat(status.get("running").asBoolean()).isFalse();
        assertThat(status.get("phase").asText()).isEqualTo("OFF");
        assertThat(status.get("url").isNull()).isTrue();
        assertThat(status.get("enabled").asBoolean()).isTrue();
        assertThat(status.get("address").asText()).isEqualTo("0.0.0.0:9443");
        assertThat(status.get("metrics_open").asBoolean()).isFalse();
    }

    @Test
    void statusInsideARunningInstanceShowsWhereItsApiListensOrWhyItFailed() throws Exception {
        try (KumoCore core = TestCores.open(data)) {
            core.apiState().set(ApiState.listening("http://127.0.0.1:8765"));
            StringWriter out = new StringWriter();
            assertThat(KumoCli.runForwarded(new String[] {"api", "status"}, core, new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true))).isZero();
            assertThat(out.toString().lines()).containsExactly("the API listens on http://127.0.0.1:8765",
                    "enabled no, address 127.0.0.1:8765, /metrics without a token no");

            core.apiState().set(ApiState.failed("address in use: 127.0.0.1:8765"));
            out = new StringWriter();
            assertThat(KumoCli.runForwarded(new String[] {"api", "status", "--json"}, core, new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true))).isZero();
            JsonNode status = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
            assertThat(status.get("running").asBoolean()).isTrue();
            assertThat(status.get("phase").asText()).isEqualTo("FAILED");
            assertThat(status.get("error").asText()).isEqualTo("address in use: 127.0.0.1:8765");
            assertThat(status.get("url").isNull()).isTrue();
        }
    }

    @Test
    void tokenCommandsWorkForwardedToARunningInstance() {
        try (KumoCore core = TestCores.open(data)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertThat(KumoCli.runForwarded(new String[] {"api", "token", "create", "ci", "--role", "viewer"}, core,
                    new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
            assertThat(core.apiTokens().authenticate(out.toString().lines().toList().getLast())).isPresent();
            assertThat(KumoCli.runForwarded(new String[] {"api", "token", "create", "x", "--role", "boss"}, core,
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))).isEqualTo(2);
            assertThat(err.toString().lines()).containsExactly("kumo: role: 'boss' is not one of viewer, operator, admin");
        }
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String sign(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }
}
