package io.kumo.git;

import io.kumo.domain.GitUrls;
import java.util.Locale;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/** JGit's failures in words a user can act on. */
final class GitErrors {

    private GitErrors() {
    }

    /** The failure in words; the URL's user-info (a password or token) is never part of them. */
    static String describe(String storedUrl, Throwable failure) {
        String url = GitUrls.shown(storedUrl);
        Throwable cause = rootTransportCause(failure);
        String detail = GitUrls.scrub(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("auth") || lower.contains("not authorized") || lower.contains("credentialsprovider")
                || lower.contains("permission denied")) {
            return "authentication failed for " + url + " (for ssh, Kumo uses your ~/.ssh keys, known_hosts and config; "
                    + "for https, use a public repository or one your git credential setup can read; "
                    + "a token put in the URL is kept but never shown)";
        }
        if (cause instanceof NoRemoteRepositoryException || lower.contains("repository not found")) {
            return "no Git repository at " + url;
        }
        if (failure instanceof InvalidRemoteException || cause instanceof InvalidRemoteException) {
            return url + " is not a Git repository URL (https://..., ssh://..., git@host:path or file://...)";
        }
        return "cannot reach " + url + ": " + detail;
    }

    private static Throwable rootTransportCause(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable next = failure.getCause(); next != null && next != deepest; next = next.getCause()) {
            if (next instanceof org.eclipse.jgit.errors.TransportException || next instanceof InvalidRemoteException) {
                deepest = next;
            }
        }
        return deepest;
    }
}
