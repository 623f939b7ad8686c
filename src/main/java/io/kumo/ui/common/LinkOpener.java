package io.kumo.ui.common;

/** Opens a web address in the user's browser; {@code cannot} runs (on the FX thread) when this system has no way to. */
@FunctionalInterface
public interface LinkOpener {

    void open(String url, Runnable cannot);
}
