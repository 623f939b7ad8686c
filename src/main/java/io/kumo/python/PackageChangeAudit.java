package io.kumo.python;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.audit.FieldChange;
import io.kumo.domain.PythonEnvironment;
import java.util.List;

/**
 * Records in the audit log each package change the tool ran in an environment: what was asked for and, when the tool
 * failed or was cancelled, why. A failed install is something a user did too, and the log is where they look for it.
 */
final class PackageChangeAudit {

    /** pip's error text can run to pages; the whole output stays in the install log. */
    private static final int MAX_NOTE_LENGTH = 2000;

    private final AuditService audit;

    PackageChangeAudit(AuditService audit) {
        this.audit = audit;
    }

    /** {@code field} names what was installed ("packages", "requirements"), {@code subject} its value. */
    record Change(AuditAction action, String field, String subject) {
    }

    void succeeded(PythonEnvironment environment, Change change) {
        record(environment, change, null);
    }

    void failed(PythonEnvironment environment, Change change, String error) {
        record(environment, change, error.length() <= MAX_NOTE_LENGTH ? error : error.substring(0, MAX_NOTE_LENGTH) + "…");
    }

    private void record(PythonEnvironment environment, Change change, String note) {
        audit.record(change.action(), environment, List.of(new FieldChange(change.field(), null, change.subject())), note);
    }
}
