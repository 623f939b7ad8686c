package io.kumo.ui.tasks;

/** The unit of an interval trigger's amount. */
public enum IntervalUnit {
    SECONDS("seconds", 1), MINUTES("minutes", 60), HOURS("hours", 3600), DAYS("days", 86_400), WEEKS("weeks", 604_800);

    private final String label;
    private final long seconds;

    IntervalUnit(String label, long seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    public long seconds() {
        return seconds;
    }

    /** The largest unit that divides the interval exactly: 7200 s → HOURS. */
    static IntervalUnit largestFor(long intervalSeconds) {
        IntervalUnit[] units = values();
        for (int i = units.length - 1; i > 0; i--) {
            if (intervalSeconds % units[i].seconds == 0) {
                return units[i];
            }
        }
        return SECONDS;
    }

    @Override
    public String toString() {
        return label;
    }
}
