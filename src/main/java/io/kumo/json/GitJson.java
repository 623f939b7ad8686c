package io.kumo.json;

import io.kumo.domain.Project;
import io.kumo.git.GitStatus;
import io.kumo.git.LocalChange;
import io.kumo.git.PullResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A Git project's checkout and pull policy, and a pull's result, as the CLI's {@code --json} and the REST API write them. */
public final class GitJson {

    private GitJson() {
    }

    /** {@code status} null: the checkout could not be read (its commit and counts are then null). */
    public static Map<String, Object> of(Project project, GitStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", io.kumo.domain.GitUrls.shown(project.getGitUrl()));
        json.put("branch", status == null ? project.getGitBranch() : status.branch());
        json.put("commit", status == null ? null : status.commit());
        json.put("subject", status == null ? null : status.subject());
        json.put("ahead", status == null || !status.tracksRemote() ? null : status.ahead());
        json.put("behind", status == null || !status.tracksRemote() ? null : status.behind());
        json.put("changes", status == null ? java.util.List.of() : status.changes().stream().map(LocalChange::shortForm).toList());
        json.put("pull", project.getGitPull().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.put("pull_minutes", project.getGitPullMinutes());
        json.put("pulled_at", project.getGitPulledAt() == null ? null : project.getGitPulledAt().toString());
        json.put("pull_error", io.kumo.domain.GitUrls.scrub(project.getGitPullError()));
        return json;
    }

    public static Map<String, Object> of(PullResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
        json.put("commit", result.commit());
        json.put("message", result.message());
        return json;
    }
}
