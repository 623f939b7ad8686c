package io.kumo.reports;

/** The SQL fragments every report query shares: how a run's status and duration count. */
final class RunSql {

    /** FAILED and INTERRUPTED (a run Kumo lost); TIMEOUT is counted on its own. */
    static final String FAILED = "status IN ('FAILED','INTERRUPTED')";
    static final String TIMED_OUT = "status = 'TIMEOUT'";
    static final String NOT_SUCCEEDED = "status IN ('FAILED','INTERRUPTED','TIMEOUT')";
    /** Milliseconds from start to end of a run that has both; null otherwise (aggregates skip it). */
    static final String DURATION = "CASE WHEN started_at IS NOT NULL AND ended_at IS NOT NULL THEN ended_at - started_at END";

    private RunSql() {
    }

    static String count(String condition) {
        return "COALESCE(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END), 0)";
    }

    /** The {@code fraction} percentile of the durations, interpolated; H2 2.x and PostgreSQL spell it alike. */
    static String percentile(double fraction) {
        return "PERCENTILE_CONT(" + fraction + ") WITHIN GROUP (ORDER BY " + DURATION + ")";
    }
}
