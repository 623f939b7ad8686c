package io.kumo.code.lsp;

/** Where a language server session is: starting, answering, or stopped (with the reason the editor shows). */
public record SessionStatus(State state, String text) {

    public enum State { STARTING, READY, STOPPED }

    public boolean ready() {
        return state == State.READY;
    }
}
