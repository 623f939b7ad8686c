package io.kumo.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link that opens a run in Kumo: {@code kumo://run/<id>} for a task run, {@code kumo://workflow-run/<id>} for a
 * workflow run. Alert messages carry it ({@code {{link}}}); {@code kumo open URL} and the desktop's URL handler read it.
 */
public record RunLink(Kind kind, long id) {

    public static final String SCHEME = "kumo";
    private static final Pattern FORM = Pattern.compile("kumo://(run|workflow-run)/([1-9][0-9]{0,17})/?", Pattern.CASE_INSENSITIVE);

    public enum Kind {
        RUN("run"), WORKFLOW_RUN("workflow-run");

        private final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    public static RunLink run(long runId) {
        return new RunLink(Kind.RUN, runId);
    }

    public static RunLink workflowRun(long workflowRunId) {
        return new RunLink(Kind.WORKFLOW_RUN, workflowRunId);
    }

    /** The link read back; empty for anything else. */
    public static Optional<RunLink> parse(String url) {
        Matcher matcher = FORM.matcher(url == null ? "" : url.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Kind kind = matcher.group(1).equalsIgnoreCase("run") ? Kind.RUN : Kind.WORKFLOW_RUN;
        return Optional.of(new RunLink(kind, Long.parseLong(matcher.group(2))));
    }

    public String url() {
        return SCHEME + "://" + kind.path + "/" + id;
    }

    @Override
    public String toString() {
        return url();
    }
}
