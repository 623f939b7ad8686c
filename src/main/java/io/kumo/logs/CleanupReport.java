package io.kumo.logs;

/** What a cleanup removed: log files and the bytes they took, and run records. */
public record CleanupReport(int logsDeleted, long bytesReclaimed, int runsDeleted) {

    public CleanupReport plus(CleanupReport other) {
        return new CleanupReport(logsDeleted + other.logsDeleted, bytesReclaimed + other.bytesReclaimed,
                runsDeleted + other.runsDeleted);
    }

    /** "Deleted 12 logs (3.4 MB) and 40 run records" */
    public String summary() {
        return "Deleted " + logsDeleted + " log" + (logsDeleted == 1 ? "" : "s") + " (" + megabytes(bytesReclaimed) + ")"
                + (runsDeleted > 0 ? " and " + runsDeleted + " run record" + (runsDeleted == 1 ? "" : "s") : "");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
