package io.kumo.git;

import java.time.Instant;
import java.util.List;

/**
 * Where a checkout stands: its branch, HEAD commit, how far it is ahead of and behind its remote-tracking branch (as of
 * the last fetch; -1 when the branch follows none) and its local changes. {@code fetchError} says why the fetch asked
 * for failed (the counts are then those of the previous fetch); null when it worked or none was asked for.
 */
public record GitStatus(String branch, String commit, String subject, String author, Instant committedAt,
                        int ahead, int behind, List<LocalChange> changes, String fetchError) {

    public GitStatus {
        changes = List.copyOf(changes);
    }

    /** The first 7 characters of the commit id, as Git shows it; empty in a repository without commits. */
    public String shortCommit() {
        return commit == null ? "" : commit.substring(0, Math.min(7, commit.length()));
    }

    public boolean tracksRemote() {
        return ahead >= 0;
    }
}
