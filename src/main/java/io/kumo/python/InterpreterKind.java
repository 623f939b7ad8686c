package io.kumo.python;

/** Where an interpreter was found. */
public enum InterpreterKind {
    PYENV("pyenv"),
    CONDA("conda"),
    FRAMEWORK("macOS framework"),
    HOMEBREW("Homebrew"),
    PY_LAUNCHER("py launcher"),
    REGISTRY("Windows registry"),
    PATH("PATH"),
    REGISTERED("registered");

    private final String label;

    InterpreterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
