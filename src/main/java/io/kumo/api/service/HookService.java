package io.kumo.api.service;

import com.j256.ormlite.stmt.SelectArg;
import io.kumo.api.CreatedHook;
import io.kumo.api.HookTarget;
import io.kumo.api.HookTrigger;
import io.kumo.audit.AuditService;
import io.kumo.common.NameRule;
import io.kumo.common.ValidationException;
import io.kumo.domain.HookTriggerRow;
import io.kumo.domain.Task;
import io.kumo.domain.Workflow;
import io.kumo.secrets.SecretCipher;
import io.kumo.secrets.SecretCipher.SecretUnreadableException;
import io.kumo.service.TaskService;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import io.kumo.workflow.service.WorkflowService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Trigger URLs of tasks and workflows: made (secret shown once, kept sealed), listed, removed, and checked on each call
 * by a query token or a GitHub-style HMAC-SHA256 signature of the body ({@code X-Hub-Signature-256: sha256=HEX}).
 */
public final class HookService {

    public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    public static final String TOKEN_PARAMETER = "token";
    /** What every trigger secret starts with (Stripe's and Svix's convention), to tell it from an API token. */
    public static final String SECRET_PREFIX = "whsec_";
    /** The name lists give a trigger whose task or workflow was deleted. */
    public static final String DELETED = "(deleted)";
    private static final int ID_BYTES = 16;
    private static final int SECRET_BYTES = 32;
    private static final Pattern PUBLIC_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final Database database;
    private final AuditService audit;
    private final Clock clock;
    private final SecretCipher cipher;
    private final TaskService tasks;
    private final WorkflowService workflows;
    private final RandomText random = new RandomText();

    public HookService(Database database, AuditService audit, Clock clock, SecretCipher cipher, TaskService tasks,
                       WorkflowService workflows) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.cipher = cipher;
        this.tasks = tasks;
        this.workflows = workflows;
    }

    /** @throws io.kumo.common.ValidationException when no task or workflow of that kind has that name */
    public CreatedHook create(HookTarget.Kind kind, String targetName) {
        HookTarget target = switch (kind) {
            case TASK -> {
                Task task = tasks.named(targetName);
                yield new HookTarget(kind, task.getId(), task.getName());
            }
            case WORKFLOW -> {
                var workflow = workflows.find(targetName).orElseThrow(() -> new ValidationException(
                        "no workflow named '" + NameRule.escaped(String.valueOf(targetName)) + "'"));
                yield new HookTarget(kind, workflow.id(), workflow.name());
            }
        };
        String secret = SECRET_PREFIX + random.of(SECRET_BYTES);
        HookTriggerRow row = new HookTriggerRow(random.of(ID_BYTES), kind.name(), target.id(), cipher.encrypt(secret));
        row.setTargetName(target.name());
        Instant now = clock.instant();
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        database.inTransaction(() -> {
            database.hookTriggers().create(row);
            audit.recordCreate(row);
            return row;
        });
        return new CreatedHook(new HookTrigger(row.getPublicId(), target, now, Optional.empty()), secret);
    }

    /** Every trigger, with its target's current name. */
    public List<HookTrigger> list() {
        List<HookTriggerRow> rows = StoreException.unchecked(() -> database.hookTriggers().queryBuilder()
                .orderBy("created_at", true).orderBy("id", true).query());
        Map<Long, String> taskNames = tasks.list().stream().collect(Collectors.toMap(Task::getId, Task::getName));
        Map<Long, String> workflowNames = StoreException.unchecked(() -> database.workflows().queryForAll()).stream()
                .collect(Collectors.toMap(Workflow::getId, Workflow::getName));
        return rows.stream().map(row -> view(row, (HookTarget.Kind.valueOf(row.getTargetKind()) == HookTarget.Kind.TASK
                ? taskNames : workflowNames).getOrDefault(row.getTargetId(), DELETED))).toList();
    }

    /** @throws io.kumo.common.ValidationException when no trigger has that id */
    public void remove(String publicId) {
        HookTriggerRow row = find(publicId).orElseThrow(() -> new ValidationException("no trigger URL with id '"
                + NameRule.escaped(String.valueOf(publicId)) + "'"));
        row.setTargetName(targetName(row).orElse(DELETED));
        database.inTransaction(() -> {
            database.hookTriggers().deleteById(row.getId());
            audit.recordDelete(row);
            return row;
        });
    }

    /**
     * The trigger a request may start: the query token or the signature header (over the exact body bytes) must match
     * its secret, compared in constant time. Notes when it was last called. The secret is checked before the target,
     * so only a caller who holds it learns that the task or workflow is gone.
     *
     * @throws HookRejected saying why not
     */
    public HookTrigger verify(String publicId, Optional<String> queryToken, Optional<String> signatureHeader, byte[] body) {
        HookTriggerRow row = find(publicId).orElseThrow(() -> new HookRejected(HookRejected.Reason.UNKNOWN,
                "no trigger URL with this id"));
        Optional<String> signature = signatureHeader.filter(text -> !text.isBlank());
        Optional<String> token = queryToken.filter(text -> !text.isBlank());
        if (signature.isEmpty() && token.isEmpty()) {
            throw new HookRejected(HookRejected.Reason.NO_SECRET, "send the trigger's secret: sign the body (header "
                    + SIGNATURE_HEADER + ": sha256=HEX) or add ?" + TOKEN_PARAMETER + "=SECRET");
        }
        String secret = open(row);
        boolean good = signature.isPresent()
                ? HookSignature.matches(signature.get(), secret, body == null ? new byte[0] : body)
                : MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8));
        if (!good) {
            throw new HookRejected(HookRejected.Reason.BAD_SECRET, signature.isPresent()
                    ? "the signature does not match: " + SIGNATURE_HEADER + " must be sha256= and the hex HMAC-SHA256 "
                    + "of the exact body, keyed by the trigger's secret"
                    : "the token does not match this trigger's secret");
        }
        String name = targetName(row).orElseThrow(() -> new HookRejected(HookRejected.Reason.TARGET_GONE,
                "the " + row.getTargetKind().toLowerCase(java.util.Locale.ROOT) + " this trigger URL started was deleted"));
        Instant now = clock.instant();
        noteCall(row.getId(), now);
        return new HookTrigger(row.getPublicId(), new HookTarget(HookTarget.Kind.valueOf(row.getTargetKind()),
                row.getTargetId(), name), row.getCreatedAt(), Optional.of(now));
    }

    private Optional<HookTriggerRow> find(String publicId) {
        if (publicId == null || !PUBLIC_ID.matcher(publicId).matches()) {
            return Optional.empty();
        }
        return StoreException.unchecked(() -> Optional.ofNullable(database.hookTriggers().queryBuilder().where()
                .eq("public_id", new SelectArg(publicId)).queryForFirst()));
    }

    private String open(HookTriggerRow row) {
        try {
            return cipher.decrypt(row.getSecretSealed());
        } catch (SecretUnreadableException e) {
            throw new HookRejected(HookRejected.Reason.BAD_SECRET, "this trigger's secret cannot be opened with this "
                    + "data directory's key (restored without its key file?); create the trigger again");
        }
    }

    /** The target's current name; empty when it was deleted. */
    private Optional<String> targetName(HookTriggerRow row) {
        return switch (HookTarget.Kind.valueOf(row.getTargetKind())) {
            case TASK -> tasks.find(row.getTargetId()).map(Task::getName);
            case WORKFLOW -> StoreException.unchecked(() -> Optional.ofNullable(database.workflows()
                    .queryForId(row.getTargetId()))).map(Workflow::getName);
        };
    }

    /** A run follows at once and syncs; this need not sync on its own. */
    private void noteCall(long id, Instant now) {
        database.inTransactionWrittenLater(() -> {
            var update = database.hookTriggers().updateBuilder();
            update.updateColumnValue("last_called_at", now).where().idEq(id);
            return update.update();
        });
    }

    private static HookTrigger view(HookTriggerRow row, String targetName) {
        return new HookTrigger(row.getPublicId(), new HookTarget(HookTarget.Kind.valueOf(row.getTargetKind()),
                row.getTargetId(), targetName), row.getCreatedAt(), Optional.ofNullable(row.getLastCalledAt()));
    }
}
