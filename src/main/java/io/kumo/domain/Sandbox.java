package io.kumo.domain;

/**
 * A run's sandbox: its mode, the container image (null: derived from the environment's Python version) and whether
 * it may use the network.
 */
public record Sandbox(SandboxMode mode, String image, boolean network) {

    public static final Sandbox NONE = new Sandbox(SandboxMode.NONE, null, true);

    public Sandbox {
        mode = mode == null ? SandboxMode.NONE : mode;
        image = image == null || image.isBlank() ? null : image.strip();
    }

    public boolean isNone() {
        return mode == SandboxMode.NONE;
    }

    /** "none"; "bwrap, no network"; "container python:3.12-slim". */
    public String describe() {
        if (isNone()) {
            return "none";
        }
        return mode.word() + (image == null ? "" : " " + image) + (network ? "" : ", no network");
    }
}
