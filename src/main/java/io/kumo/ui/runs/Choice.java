package io.kumo.ui.runs;

/** An entry of a filter combo: a task or project by id, or "all" (null id). */
public record Choice(Long id, String name) {

    public static Choice all(String label) {
        return new Choice(null, label);
    }

    public boolean isAll() {
        return id == null;
    }

    @Override
    public String toString() {
        return name;
    }
}
