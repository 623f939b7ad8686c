package io.kumo.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/** Dagu's {@code handlerOn}: steps run when the workflow's steps have ended; each may be null. */
public record Handlers(StepDefinition success, StepDefinition failure, StepDefinition cancel, StepDefinition exit) {

    public static final Handlers NONE = new Handlers(null, null, null, null);

    /** The handlers that are set, by their key ({@code success}, {@code failure}, {@code cancel}, {@code exit}), in that order. */
    public Map<String, StepDefinition> present() {
        Map<String, StepDefinition> present = new LinkedHashMap<>();
        if (success != null) present.put("success", success);
        if (failure != null) present.put("failure", failure);
        if (cancel != null) present.put("cancel", cancel);
        if (exit != null) present.put("exit", exit);
        return present;
    }
}
