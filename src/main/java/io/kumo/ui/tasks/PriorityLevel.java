package io.kumo.ui.tasks;

/** A task's priority as the editor offers it; waiting runs start high first. */
public enum PriorityLevel {
    LOW("Low", 0), NORMAL("Normal", 1), HIGH("High", 2);

    private final String label;
    private final int value;

    PriorityLevel(String label, int value) {
        this.label = label;
        this.value = value;
    }

    public int value() {
        return value;
    }

    static PriorityLevel of(int value) {
        return value <= 0 ? LOW : value >= 2 ? HIGH : NORMAL;
    }

    @Override
    public String toString() {
        return label;
    }
}
