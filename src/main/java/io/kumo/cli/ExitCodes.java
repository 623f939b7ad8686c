package io.kumo.cli;

/** Exit codes of the kumo command, part of its scripting contract. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
