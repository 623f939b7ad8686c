package io.kumo.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.api.CreatedHook;
import io.kumo.api.HookTarget;
import io.kumo.api.HookTrigger;
import io.kumo.api.service.HookRejected.Reason;
import io.kumo.app.KumoCore;
import io.kumo.audit.AuditEntry;
import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.storage.StoreException;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import io.kumo.testkit.WorkflowFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookServiceTest {

    static final byte[] BODY = "{\"ref\":\"refs/heads/main\",\"n\":1}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(TestCores.T0);

    @Test
    void aTriggerHasA22CharacterIdAndAWhsecSecretKeptSealed() throws Exception {
        CreatedHook created;
        try (KumoCore core = openCore(dir, clock)) {
            Task task = core.taskService().create(new Task("deploy", "python deploy.py"));
            created = core.hooks().create(HookTarget.Kind.TASK, "deploy");

            assertThat(created.hook().publicId()).matches("[A-Za-z0-9_-]{22}");
            assertThat(Base64.getUrlDecoder().decode(created.hook().publicId())).hasSize(16);
            assertThat(created.secret()).matches("whsec_[A-Za-z0-9_-]{43}");
            assertThat(created.hook().path()).isEqualTo("/api/v1/hooks/" + created.hook().publicId());
            assertThat(created.hook().target()).isEqualTo(new HookTarget(HookTarget.Kind.TASK, task.getId(), "deploy"));
            String sealed = StoreException.unchecked(() -> core.database().hookTriggers().queryForAll().getFirst()
                    .getSecretSealed());
            assertThat(sealed).startsWith("enc:v1:").doesNotContain(created.secret());
        }
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(created.secret());
            }
        }
    }

    @Test
    void aGoodSignatureInAnyHexCaseOrTheQueryTokenPassesAndNotesTheCall() throws Exception {
        try (KumoCore core = openCore(dir, clock)) {
            core.taskService().create(new Task("deploy", "python deploy.py"));
            CreatedHook created = core.hooks().create(HookTarget.Kind.TASK, "deploy");
            String id = created.hook().publicId();
            clock.advance(Duration.ofMinutes(3));

            HookTrigger signed = core.hooks().verify(id, Optional.empty(), Optional.of(sign(created.secret(), BODY)), BODY);
            assertThat(signed.target().name()).isEqualTo("deploy");
            assertThat(signed.lastCalledAt()).contains(TestCores.T0.plus(Duration.ofMinutes(3)));
            String upper = "sha256=" + sign(created.secret(), BODY).substring(7).toUpperCase(Locale.ROOT);
            assertThat(core.hooks().verify(id, Optional.empty(), Optional.of(upper), BODY).publicId()).isEqualTo(id);
            assertThat(core.hooks().verify(id, Optional.of(created.secret()), Optional.empty(), BODY).publicId()).isEqualTo(id);
            assertThat(core.hooks().list()).singleElement().satisfies(hook ->
                    assertThat(hook.lastCalledAt()).contains(TestCores.T0.plus(Duration.ofMinutes(3))));
        }
    }

    @Test
    void aWrongOrMalformedSignatureOrTokenIsABadSecret() throws Exception {
        try (KumoCore core = openCore(dir, clock)) {
            core.taskService().create(new Task("deploy", "python deploy.py"));
            CreatedHook created = core.hooks().create(HookTarget.Kind.TASK, "deploy");
            String id = created.hook().publicId();
            String good = sign(created.secret(), BODY);
            byte[] otherBody = "{\"ref\":\"refs/heads/evil\",\"n\":1}".getBytes(StandardCharsets.UTF_8);

            for (String bad : List.of(sign("whsec_other", BODY), sign(created.secret(), otherBody),
                    good.substring(7), "sha1=" + good.substring(7), good.substring(0, good.length() - 1),
                    good + "0", "sha256=" + "zz".repeat(32), "sha256=")) {
                assertRejected(() -> core.hooks().verify(id, Optional.empty(), Optional.of(bad), BODY), Reason.BAD_SECRET)
                        .as(bad);
            }
            assertRejected(() -> core.hooks().verify(id, Optional.of(created.secret() + "x"), Optional.empty(), BODY),
                    Reason.BAD_SECRET);
            assertRejected(() -> core.hooks().verify(id, Optional.of("whsec_"), Optional.empty(), BODY), Reason.BAD_SECRET);
            // a right token does not make up for a wrong signature sent with it
            assertRejected(() -> core.hooks().verify(id, Optional.of(created.secret()),
                    Optional.of(sign("whsec_other", BODY)), BODY), Reason.BAD_SECRET);
            assertThat(core.hooks().list().getFirst().lastCalledAt()).isEmpty();
        }
    }

    @Test
    void noSecretAtAllAndAnUnknownIdSayWhy() {
        try (KumoCore core = openCore(dir, clock)) {
            core.taskService().create(new Task("deploy", "python deploy.py"));
            String id = core.hooks().create(HookTarget.Kind.TASK, "deploy").hook().publicId();

            assertRejected(() -> core.hooks().verify(id, Optional.empty(), Optional.empty(), BODY), Reason.NO_SECRET)
                    .hasMessageContaining("X-Hub-Signature-256").hasMessageContaining("?token=");
            assertRejected(() -> core.hooks().verify(id, Optional.of(" "), Optional.of(""), BODY), Reason.NO_SECRET);
            assertRejected(() -> core.hooks().verify("A".repeat(22), Optional.of("whsec_x"), Optional.empty(), BODY),
                    Reason.UNKNOWN);
            assertRejected(() -> core.hooks().verify("' OR 1=1 --", Optional.of("x"), Optional.empty(), BODY), Reason.UNKNOWN);
        }
    }

    @Test
    void aTriggerWhoseTaskWasDeletedIsGoneAndListedAsDeleted() throws Exception {
        try (KumoCore core = openCore(dir, clock)) {
            Task task = core.taskService().create(new Task("deploy", "python deploy.py"));
            CreatedHook created = core.hooks().create(HookTarget.Kind.TASK, "deploy");
            core.taskService().delete(task.getId());

            assertRejected(() -> core.hooks().verify(created.hook().publicId(), Optional.of(created.secret()),
                    Optional.empty(), BODY), Reason.TARGET_GONE).hasMessage("the task this trigger URL started was deleted");
            // without the secret, the caller learns nothing about the target
            assertRejected(() -> core.hooks().verify(created.hook().publicId(), Optional.of("whsec_guess"),
                    Optional.empty(), BODY), Reason.BAD_SECRET);
            assertThat(core.hooks().list()).singleElement().satisfies(hook ->
                    assertThat(hook.target()).isEqualTo(new HookTarget(HookTarget.Kind.TASK, task.getId(), "(deleted)")));
        }
    }

    @Test
    void aWorkflowGetsATriggerTooAndListsShowItsCurrentName() throws Exception {
        try (KumoCore core = openCore(dir, clock)) {
            long workflowId = core.workflowService().save(WorkflowFiles.ETL).id();
            Task task = core.taskService().create(new Task("deploy", "python deploy.py"));
            CreatedHook forWorkflow = core.hooks().create(HookTarget.Kind.WORKFLOW, "etl");
            clock.advance(Duration.ofSeconds(1));
            core.hooks().create(HookTarget.Kind.TASK, "deploy");
            task.setName("deploy-prod");
            core.taskService().update(task);

            assertThat(core.hooks().list()).extracting(HookTrigger::target).containsExactly(
                    new HookTarget(HookTarget.Kind.WORKFLOW, workflowId, "etl"),
                    new HookTarget(HookTarget.Kind.TASK, task.getId(), "deploy-prod"));
            assertThat(core.hooks().verify(forWorkflow.hook().publicId(), Optional.empty(),
                    Optional.of(sign(forWorkflow.secret(), BODY)), BODY).target().kind()).isEqualTo(HookTarget.Kind.WORKFLOW);
            core.workflowService().delete("etl");
            assertRejected(() -> core.hooks().verify(forWorkflow.hook().publicId(), Optional.of(forWorkflow.secret()),
                    Optional.empty(), BODY), Reason.TARGET_GONE).hasMessage("the workflow this trigger URL started was deleted");
        }
    }

    @Test
    void unknownTargetsAndIdsAreRefusedAndNothingIsStored() {
        try (KumoCore core = openCore(dir, clock)) {
            core.taskService().create(new Task("deploy", "python deploy.py"));
            assertThatThrownBy(() -> core.hooks().create(HookTarget.Kind.TASK, "nope"))
                    .isInstanceOf(ValidationException.class).hasMessage("no task named 'nope'");
            assertThatThrownBy(() -> core.hooks().create(HookTarget.Kind.WORKFLOW, "deploy"))
                    .isInstanceOf(ValidationException.class).hasMessage("no workflow named 'deploy'");
            assertThatThrownBy(() -> core.hooks().remove("A".repeat(22)))
                    .isInstanceOf(ValidationException.class).hasMessage("no trigger URL with id '" + "A".repeat(22) + "'");
            assertThat(core.hooks().list()).isEmpty();
        }
    }

    @Test
    void aRemovedTriggerIsUnknownAndCreateAndRemoveAreAuditedWithoutTheSecret() throws Exception {
        try (KumoCore core = openCore(dir, clock)) {
            core.taskService().create(new Task("deploy", "python deploy.py"));
            CreatedHook created = core.hooks().create(HookTarget.Kind.TASK, "deploy");
            String id = created.hook().publicId();
            core.hooks().remove(id);

            assertRejected(() -> core.hooks().verify(id, Optional.of(created.secret()), Optional.empty(), BODY),
                    Reason.UNKNOWN);
            List<AuditEntry> entries = core.audit().latest(20).stream()
                    .filter(entry -> entry.targetType().equals("HOOK")).toList();
            assertThat(entries).extracting(AuditEntry::action).containsExactly("DELETE", "CREATE");
            assertThat(entries).allSatisfy(entry -> {
                assertThat(entry.targetName()).isEqualTo(id);
                assertThat(entry.changesSummary()).contains("task deploy").doesNotContain(created.secret())
                        .doesNotContain("enc:v1:");
            });
        }
    }

    @Test
    void aSecretSealedWithAnotherKeyIsABadSecretThatSaysCreateTheTriggerAgain() throws Exception {
        CreatedHook created;
        try (KumoCore core = openCore(dir, clock)) {
            core.taskService().create(new Task("deploy", "python deploy.py"));
            created = core.hooks().create(HookTarget.Kind.TASK, "deploy");
        }
        Files.delete(dir.resolve("secret.key")); // a backup restored on a machine without its key file
        try (KumoCore core = openCore(dir, clock)) {
            assertRejected(() -> core.hooks().verify(created.hook().publicId(), Optional.of(created.secret()),
                    Optional.empty(), BODY), Reason.BAD_SECRET).hasMessageContaining("create the trigger again");
        }
    }

    /** GitHub's X-Hub-Signature-256 value, computed here with the JDK's own HMAC. */
    static String sign(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
            ThrowingCallable call, Reason reason) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(HookRejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(reason));
    }

    /** The core under test, on H2; {@code PostgresHookServiceTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir, Clock clock) {
        return TestCores.open(dataDir, clock);
    }
}
