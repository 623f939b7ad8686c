package io.kumo.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.alerts.AlertRule;
import io.kumo.alerts.AlertTemplate;
import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.RuleScope;
import io.kumo.alerts.send.SendResult;
import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.crypto.KeyGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelServiceTest {

    private static final String MARKER = "Mk7secretTOKEN42";
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path data;

    private final LocalWebhookServer hooks = LocalWebhookServer.start();
    private KumoCore core;

    private ChannelService service() {
        if (core == null) {
            core = openCore(data);
        }
        return core.channelService();
    }

    @AfterEach
    void close() {
        hooks.close();
        if (core != null) {
            core.close();
        }
    }

    private String hookUrl(String path) {
        return "json://ops:" + MARKER + "@" + hooks.base().substring("http://".length()) + path;
    }

    @Test
    void theUrlsSecretIsInNoColumnOfAnyTableNorInTheListAfterAddEditAndRules() throws Exception {
        ChannelView added = service().add("ops hook", hookUrl("/alerts"), null);
        service().update(added.id(), new ChannelEdit("ops hook", added.maskedUrl().replace("/alerts", "/alerts/v2"), true,
                new AlertTemplate("{{headline}}", null), 20, null, 10));
        service().setRules(added.id(), List.of(new AlertRule(null, added.id(), RuleScope.ALL, null,
                Set.of(EventKind.FAILURE, EventKind.FAILURES_IN_ROW), null, false, 3)));
        service().test("ops hook");

        assertThat(textOfEveryTable()).anyMatch(text -> text.contains("ops:******@")).noneMatch(text -> text.contains(MARKER));
        assertThat(service().list().toString()).doesNotContain(MARKER).contains("******");
        assertThat(core.audit().latest(100).toString()).doesNotContain(MARKER).contains("ops hook");
        assertThat(service().liveChannels().getFirst().spec().secrets()).contains(MARKER);
    }

    @Test
    void anEditThatKeepsTheMaskKeepsTheSavedSecret() {
        ChannelView added = service().add("ops", hookUrl("/alerts"), null);
        assertThat(added.maskedUrl()).doesNotContain(MARKER).contains("******");

        service().update(added.id(), new ChannelEdit("ops", added.maskedUrl().replace("/alerts", "/moved"), true, null, 10, null, 20));

        LiveChannel live = service().liveChannels().getFirst();
        assertThat(live.spec().secrets()).contains(MARKER);
        assertThat(live.spec().toUrl()).contains("/moved");
        assertThat(live.view().maskedUrl()).contains("/moved").doesNotContain(MARKER);
    }

    @Test
    void aNewChannelGetsFailuresTimeoutsAndRecoveriesOfEveryTaskOrTheEventsAsked() {
        ChannelView plain = service().add("plain", hookUrl("/a"), null);
        ChannelView asked = service().add("asked", hookUrl("/b"), Set.of(EventKind.SUCCESS, EventKind.MISSED));

        assertThat(plain.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.scope()).isEqualTo(RuleScope.ALL);
            assertThat(rule.events()).isEqualTo(EventKind.DEFAULTS);
        });
        assertThat(asked.rules()).singleElement().extracting(AlertRule::events).isEqualTo(Set.of(EventKind.SUCCESS, EventKind.MISSED));
        assertThat(RuleWords.of(plain.rules())).isEqualTo("every task and workflow: failure,timeout,recovery");
    }

    @Test
    void badNamesAndUrlsAreRefusedWithOneLineAndNothingIsStored() {
        service().add("taken", hookUrl("/a"), null);
        long audited = core.audit().latest(1000).size();

        assertRefused(() -> service().add("a/b", hookUrl("/a"), null), "channel name: 'a/b' has '/'");
        assertRefused(() -> service().add("TAKEN", hookUrl("/a"), null), "channel name: 'TAKEN' is already used (as 'taken')");
        assertRefused(() -> service().add("x".repeat(101), hookUrl("/a"), null), "channel name: at most 100 characters");
        assertRefused(() -> service().add("new", "nope://host/" + MARKER, null), "Unknown channel type 'nope://'");
        assertRefused(() -> service().add("new", " ", null), "channel URL: must not be empty");
        assertRefused(() -> service().add("new", hookUrl("/a"), Set.of()), "channel new: name at least one event");

        assertThat(service().list()).extracting(ChannelView::name).containsExactly("taken");
        assertThat(core.audit().latest(1000)).hasSize((int) audited);
    }

    @Test
    void badTemplatesLimitsAndRulesAreRefusedAndLeaveTheChannelAsItWas() {
        ChannelView added = service().add("ops", hookUrl("/a"), null);

        assertRefused(() -> service().update(added.id(), new ChannelEdit("ops", added.maskedUrl(), true,
                new AlertTemplate("{{nosuch}}", null), 10, null, 20)), "channel ops: template:");
        assertRefused(() -> service().update(added.id(), new ChannelEdit("ops", added.maskedUrl(), true, null, 0, null, 20)),
                "channel ops: messages per minute must be 1-600, not 0");
        assertRefused(() -> service().update(added.id(), new ChannelEdit("ops", added.maskedUrl(), true, null, 10, null, 201)),
                "channel ops: log lines must be 0-200, not 201");
        assertRefused(() -> service().setRules(added.id(), List.of(new AlertRule(null, added.id(), RuleScope.TASK, 999L,
                EventKind.DEFAULTS, null, false, 0))), "rules: there is no task 999");
        assertRefused(() -> service().setRules(added.id(), List.of(new AlertRule(null, added.id(), RuleScope.ALL, null,
                Set.of(EventKind.FAILURES_IN_ROW), null, false, 1))), "rules: every task and workflow: failures in a row needs a count of 2 or more");
        assertRefused(() -> service().setRules(added.id(), List.of(new AlertRule(null, added.id(), RuleScope.ALL, null,
                Set.of(EventKind.LONG_RUN), null, false, 0))), "rules: every task and workflow: a long run needs a duration or the 95th percentile");
        assertRefused(() -> service().setRules(added.id(), List.of(new AlertRule(null, added.id(), RuleScope.ALL, null,
                Set.of(EventKind.TEST), null, false, 0))), "rules: every task and workflow: 'test' cannot be asked for");

        ChannelView now = service().find("ops").orElseThrow();
        assertThat(now).isEqualTo(added);
    }

    @Test
    void rulesAreReplacedAndAuditedAsOneChangeOfTheChannelInWords() {
        ChannelView added = service().add("ops", hookUrl("/a"), null);

        ChannelView changed = service().setRules(added.id(), List.of(
                new AlertRule(null, 0, RuleScope.ALL, null, Set.of(EventKind.FAILURE, EventKind.LONG_RUN), Duration.ofMinutes(10), false, 0)));

        assertThat(changed.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.channelId()).isEqualTo(added.id());
            assertThat(rule.longRunOver()).isEqualTo(Duration.ofMinutes(10));
        });
        assertThat(core.audit().latest(1).getFirst().toString()).contains("UPDATE").contains("every task and workflow: failure,long (over 10m)");
    }

    @Test
    void sendTestDeliversToTheServerAndLogsOneLine() {
        service().add("ops", hookUrl("/alerts"), null);

        SendResult result = service().test("ops");

        assertThat(result.delivered()).isTrue();
        assertThat(hooks.next(WAIT).path()).isEqualTo("/alerts");
        assertThat(core.deliveryLog().page(DeliveryQuery.ALL, 0, 10)).singleElement().satisfies(line -> {
            assertThat(line.channel()).isEqualTo("ops");
            assertThat(line.event()).isEqualTo(EventKind.TEST);
            assertThat(line.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(line.attempts()).isEqualTo(1);
            assertThat(line.finishedAt()).isNotNull();
        });
    }

    @Test
    void aRefusedTestIsFailedWithTheServersTextAndLogged() {
        service().add("ops", hookUrl("/alerts"), null);
        hooks.answerAlways(400, "{\"error\":\"unknown room\"}");

        SendResult result = service().test("ops");

        assertThat(result).isInstanceOf(SendResult.Failed.class);
        assertThat(result.error()).contains("400").contains("unknown room").doesNotContain(MARKER);
        assertThat(core.deliveryLog().page(DeliveryQuery.ALL, 0, 10)).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(line.error()).isEqualTo(result.error());
        });
    }

    @Test
    void removingAChannelFailsItsUnsentDeliveriesAndKeepsItsLog() {
        ChannelView added = service().add("ops", hookUrl("/a"), null);
        long pending = core.deliveryLog().open(added.id(), "ops", EventKind.FAILURE, 7L, null, "backup failed", DeliveryStatus.PENDING);
        long delivered = core.deliveryLog().open(added.id(), "ops", EventKind.FAILURE, 8L, null, "backup failed", DeliveryStatus.DELIVERED);
        List<String> told = new ArrayList<>();
        service().onChange(() -> told.add("changed"));

        service().remove("ops");

        assertThat(service().list()).isEmpty();
        assertThat(told).containsExactly("changed");
        assertThat(core.deliveryLog().page(DeliveryQuery.ALL, 0, 10)).extracting(DeliveryView::id, DeliveryView::status, DeliveryView::error)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(pending, DeliveryStatus.FAILED, "channel removed"),
                        org.assertj.core.groups.Tuple.tuple(delivered, DeliveryStatus.DELIVERED, null));
        assertRefused(() -> service().remove("ops"), "no channel named 'ops'");
    }

    @Test
    void aUrlSealedWithAnotherKeyIsListedUnreadableAndLeftOutOfTheLiveChannels() throws Exception {
        service().add("ops", hookUrl("/a"), null);
        sealWithAnotherKey();

        assertThat(service().list()).singleElement().satisfies(view -> {
            assertThat(view.readable()).isFalse();
            assertThat(view.maskedUrl()).contains("******");
        });
        assertThat(service().liveChannels()).isEmpty();
        assertRefused(() -> service().test("ops"), "channel ops: its URL cannot be opened");
    }

    @Test
    void anUnreadableChannelCanStillBeDisabled() throws Exception {
        service().add("ops", hookUrl("/a"), null);
        sealWithAnotherKey();
        ChannelView unreadable = service().list().getFirst();

        assertThat(service().setEnabled(unreadable.id(), false).enabled()).isFalse();
        assertThat(service().list().getFirst().readable()).isFalse();
    }

    @Test
    void eachPartOfAChannelIsSetWithoutTouchingTheOthers() {
        ChannelView added = service().add("ops", hookUrl("/a"), null);
        AlertTemplate template = new AlertTemplate("{{task}} failed", "{{log_tail}}");
        service().setTemplate(added.id(), template);
        service().setRulesAndLimits(added.id(), added.rules(), new io.kumo.alerts.QuietHours(java.time.LocalTime.of(22, 0),
                java.time.LocalTime.of(7, 0), java.time.ZoneId.of("Europe/Berlin")), 20);
        service().setEnabled(added.id(), false);
        ChannelView renamed = service().updateConnection(added.id(), "ops2", added.maskedUrl().replace("/a", "/b"));

        assertThat(renamed.template()).isEqualTo(template);
        assertThat(renamed.perMinute()).isEqualTo(20);
        assertThat(renamed.quietHours()).isNotNull();
        assertThat(renamed.enabled()).isFalse();
        assertThat(renamed.maskedUrl()).endsWith("/b");
        assertThat(service().liveChannels()).isEmpty();
    }

    @Test
    void rulesAndLimitsAreSavedTogetherOrNotAtAll() {
        ChannelView added = service().add("ops", hookUrl("/a"), null);
        List<AlertRule> successes = List.of(new AlertRule(null, added.id(), RuleScope.ALL, null, Set.of(EventKind.SUCCESS),
                null, false, 0));

        assertRefused(() -> service().setRulesAndLimits(added.id(), successes, null, 0), "channel ops: messages per minute");

        ChannelView after = service().find("ops").orElseThrow();
        assertThat(after.rules()).singleElement().satisfies(rule -> assertThat(rule.events()).isEqualTo(EventKind.DEFAULTS));
        assertThat(after.perMinute()).isEqualTo(added.perMinute());
    }

    @Test
    void theEditorsHintNamesEnabledChannelsWhoseRuleCoversFailures() {
        service().add("failures", hookUrl("/a"), null);
        service().add("successes", hookUrl("/b"), Set.of(EventKind.SUCCESS));
        ChannelView off = service().add("off", hookUrl("/c"), null);
        service().update(off.id(), new ChannelEdit("off", off.maskedUrl(), false, null, 10, null, 20));

        assertThat(service().channelsForTask(12, 3L)).containsExactly("failures");
        assertThat(service().channelsForWorkflow(4)).containsExactly("failures");
    }

    @Test
    void previewRendersASampleRunThroughTheTemplate() {
        io.kumo.alerts.AlertMessage message = service().preview(new AlertTemplate("{{task}} in {{project}}: exit {{exit_code}}",
                "{{log_tail}}"), io.kumo.alerts.ChannelKind.SLACK, EventKind.FAILURE);

        assertThat(message.subject()).isEqualTo("backup in reports: exit 2");
        assertThat(message.markdown()).contains("giving up after 3 tries");
        assertThat(message.event()).isEqualTo(EventKind.FAILURE);
    }

    /** As a backup restored without its key file leaves it: the sealed URL cannot be opened. */
    private void sealWithAnotherKey() throws Exception {
        String foreign = new io.kumo.secrets.SecretCipher(KeyGenerator.getInstance("AES").generateKey()).encrypt(hookUrl("/a"));
        core.database().withConnection(connection -> {
            try (var update = connection.prepareStatement("UPDATE alert_channels SET url_sealed = ?")) {
                update.setString(1, foreign);
                return update.executeUpdate();
            }
        });
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String start) {
        assertThatThrownBy(call).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith(start).doesNotContain("\n").doesNotContain(MARKER));
    }

    /** Every text value in every table of the database. */
    private List<String> textOfEveryTable() throws Exception {
        return core.database().withConnection(connection -> {
            List<String[]> columns = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                         + "WHERE LOWER(table_schema) = 'public' AND UPPER(data_type) LIKE 'CHARACTER%'")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            List<String> texts = new ArrayList<>();
            for (String[] column : columns) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT \"" + column[1] + "\" FROM \"" + column[0] + "\"")) {
                    while (rows.next()) {
                        String text = rows.getString(1);
                        if (text != null) {
                            texts.add(text);
                        }
                    }
                }
            }
            return texts;
        });
    }

    /** The core under test, on H2; {@code PostgresChannelServiceTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }
}
