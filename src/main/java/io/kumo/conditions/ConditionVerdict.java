package io.kumo.conditions;

import java.util.List;

/**
 * The conditions that do not hold, and the ones that could not be checked here (an unknown state never holds a run
 * back: it is named in the run's log instead, so a task never waits forever for what this computer cannot tell).
 */
public record ConditionVerdict(List<Unmet> unmet, List<String> unchecked) {

    public ConditionVerdict {
        unmet = List.copyOf(unmet);
        unchecked = List.copyOf(unchecked);
    }

    public boolean holds() {
        return unmet.isEmpty();
    }

    /** "not on AC power, no network". */
    public String reasons() {
        return String.join(", ", unmet.stream().map(Unmet::reason).toList());
    }
}
