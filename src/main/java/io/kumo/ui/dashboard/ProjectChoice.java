package io.kumo.ui.dashboard;

/** An entry of the dashboard's project filter; {@link #ALL} has no id. */
public record ProjectChoice(Long id, String name) {

    public static final ProjectChoice ALL = new ProjectChoice(null, "All projects");

    @Override
    public String toString() {
        return name;
    }
}
