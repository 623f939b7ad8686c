package io.kumo.api.service;

import io.kumo.api.CreatedHook;
import io.kumo.api.HookTarget;
import io.kumo.api.HookTrigger;
import io.kumo.audit.AuditService;
import io.kumo.secrets.SecretCipher;
import io.kumo.service.TaskService;
import io.kumo.store.Database;
import io.kumo.workflow.service.WorkflowService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Trigger URLs of tasks and workflows: made (secret shown once, kept sealed), listed, removed, and checked on each call
 * by a query token or a GitHub-style HMAC-SHA256 signature of the body ({@code X-Hub-Signature-256: sha256=HEX}).
 */
public final class HookService {

    public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    public static final String TOKEN_PARAMETER = "token";

    public HookService(Database database, AuditService audit, Clock clock, SecretCipher cipher, TaskService tasks,
                       WorkflowService workflows) {
        // TODO issue 23 (tokens part)
    }

    /** @throws io.kumo.common.ValidationException when no task or workflow of that kind has that name */
    public CreatedHook create(HookTarget.Kind kind, String targetName) {
        throw new UnsupportedOperationException("issue 23");
    }

    /** Every trigger, with its target's current name. */
    public List<HookTrigger> list() {
        throw new UnsupportedOperationException("issue 23");
    }

    /** @throws io.kumo.common.ValidationException when no trigger has that id */
    public void remove(String publicId) {
        throw new UnsupportedOperationException("issue 23");
    }

    /**
     * The trigger a request may start: the query token or the signature header (over the exact body bytes) must match
     * its secret, compared in constant time. Notes when it was last called.
     *
     * @throws HookRejected saying why not
     */
    public HookTrigger verify(String publicId, Optional<String> queryToken, Optional<String> signatureHeader, byte[] body) {
        throw new UnsupportedOperationException("issue 23");
    }
}
