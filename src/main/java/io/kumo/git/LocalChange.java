package io.kumo.git;

/** A file of a checkout that differs from its HEAD commit. */
public record LocalChange(String path, Kind kind) {

    public enum Kind { MODIFIED, ADDED, DELETED, UNTRACKED, CONFLICTING }

    /** "M app.py", "?? notes.txt": how {@code git status --short} would show it. */
    public String shortForm() {
        String mark = switch (kind) {
            case MODIFIED -> "M ";
            case ADDED -> "A ";
            case DELETED -> "D ";
            case UNTRACKED -> "??";
            case CONFLICTING -> "U ";
        };
        return mark + " " + path;
    }
}
