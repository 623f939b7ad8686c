package io.kumo.ui.alerts;

import io.kumo.alerts.EventKind;
import io.kumo.alerts.RuleScope;
import java.util.Map;
import java.util.function.Function;
import javafx.util.StringConverter;

/** How the window names events and rule scopes: the rules' checkboxes and scope picker, the preview's event picker. */
final class AlertWords {

    private static final Map<EventKind, String> EVENTS = Map.of(EventKind.FAILURE, "failure", EventKind.TIMEOUT, "time-out",
            EventKind.RECOVERY, "recovery", EventKind.SUCCESS, "success", EventKind.MISSED, "missed fire",
            EventKind.LONG_RUN, "long run", EventKind.FAILURES_IN_ROW, "failures in a row", EventKind.NEW_ERROR, "new error",
            EventKind.TEST, "test message");

    private AlertWords() {
    }

    static String event(EventKind event) {
        return event == null ? "" : EVENTS.getOrDefault(event, event.word());
    }

    static String scope(RuleScope scope) {
        return scope == null ? "" : switch (scope) {
            case ALL -> "All tasks and workflows";
            case PROJECT -> "Project";
            case TASK -> "Task";
            case WORKFLOW -> "Workflow";
        };
    }

    /** A picker's converter showing each item as {@code name} says (pickers here are not editable). */
    static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return name.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a list to pick from, not to type in");
            }
        };
    }
}
