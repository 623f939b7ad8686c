package io.kumo.code.check;

/** Which checkers and formatters a Python environment has installed. */
public record AvailableTools(boolean ruff, boolean black, boolean pyflakes) {

    public static final AvailableTools NONE = new AvailableTools(false, false, false);

    public boolean canFormat() {
        return ruff || black;
    }

    public boolean canLint() {
        return ruff || pyflakes;
    }

    /** "ruff", "black" or null: the formatter used (ruff first, it is the faster one). */
    public String formatter() {
        return ruff ? "ruff" : black ? "black" : null;
    }

    /** "ruff", "pyflakes" or null: the linter used. */
    public String linter() {
        return ruff ? "ruff" : pyflakes ? "pyflakes" : null;
    }
}
