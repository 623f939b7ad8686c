package io.kumo.git;

/** What a pull did: the checkout's commit afterwards, and in words what happened or why nothing did. */
public record PullResult(Outcome outcome, String commit, String message) {

    public enum Outcome {
        UP_TO_DATE, FAST_FORWARD, MERGED,
        /** Incoming changes touch local edits or would conflict: nothing changed in the checkout. */
        REFUSED,
        /** The remote could not be reached or read: nothing changed in the checkout. */
        FAILED
    }

    public boolean changed() {
        return outcome == Outcome.FAST_FORWARD || outcome == Outcome.MERGED;
    }

    public boolean ok() {
        return outcome != Outcome.REFUSED && outcome != Outcome.FAILED;
    }

    public String shortCommit() {
        return commit == null ? "" : commit.substring(0, Math.min(7, commit.length()));
    }
}
