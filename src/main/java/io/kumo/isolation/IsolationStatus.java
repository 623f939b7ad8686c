package io.kumo.isolation;

import io.kumo.domain.SandboxMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What this machine offers for confining runs, for {@code kumo isolation} and Settings: the limit mechanism and why
 * each sandbox cannot be used (null when it can).
 */
public record IsolationStatus(String limitMechanism, String bwrapUnavailable, String containerUnavailable) {

    public static IsolationStatus of(RunConfiners confiners) {
        return new IsolationStatus(confiners.limitMechanism(), confiners.unavailableReason(SandboxMode.BWRAP),
                confiners.unavailableReason(SandboxMode.CONTAINER));
    }

    /** Why {@code mode} cannot be used here, or null. */
    public String unavailableReason(SandboxMode mode) {
        return switch (mode) {
            case BWRAP -> bwrapUnavailable;
            case CONTAINER -> containerUnavailable;
            case NONE -> null;
        };
    }

    /** "available" or "unavailable: why". */
    public String availability(SandboxMode mode) {
        String reason = unavailableReason(mode);
        return reason == null ? "available" : "unavailable: " + reason;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("limits", limitMechanism);
        for (SandboxMode mode : new SandboxMode[] {SandboxMode.BWRAP, SandboxMode.CONTAINER}) {
            Map<String, Object> sandbox = new LinkedHashMap<>();
            sandbox.put("available", unavailableReason(mode) == null);
            sandbox.put("reason", unavailableReason(mode));
            fields.put(mode.word(), sandbox);
        }
        return fields;
    }
}
