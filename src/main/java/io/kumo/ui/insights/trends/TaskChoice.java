package io.kumo.ui.insights.trends;

/** A task offered in the Trends tab's chooser. */
public record TaskChoice(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
