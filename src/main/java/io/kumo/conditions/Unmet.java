package io.kumo.conditions;

/** A condition that does not hold: why ("not on AC power") and what the run waits for ("AC power"). */
public record Unmet(String reason, String awaited) {
}
