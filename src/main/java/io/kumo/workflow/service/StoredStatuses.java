package io.kumo.workflow.service;

import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.workflow.StepStatus;

/**
 * Statuses as stored text, read leniently: a value this Kumo does not know (written by a newer one, or damaged) reads as
 * INTERRUPTED (a trigger as MANUAL) rather than failing a page or a recovery.
 */
public final class StoredStatuses {

    private StoredStatuses() {
    }

    public static RunStatus runStatus(String text) {
        return lenient(RunStatus.class, text, RunStatus.INTERRUPTED);
    }

    public static StepStatus stepStatus(String text) {
        return lenient(StepStatus.class, text, StepStatus.INTERRUPTED);
    }

    public static TriggerKind triggerKind(String text) {
        return lenient(TriggerKind.class, text, TriggerKind.MANUAL);
    }

    private static <E extends Enum<E>> E lenient(Class<E> type, String text, E fallback) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return fallback;
        }
    }
}
