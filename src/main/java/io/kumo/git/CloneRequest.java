package io.kumo.git;

import io.kumo.domain.GitPull;

/** What {@code kumo project clone} and the Clone dialog ask for: branch null for the remote's default branch. */
public record CloneRequest(String url, String name, String branch, GitPull pull, Integer pullMinutes) {

    public CloneRequest(String url, String name, String branch) {
        this(url, name, branch, GitPull.MANUAL, null);
    }
}
