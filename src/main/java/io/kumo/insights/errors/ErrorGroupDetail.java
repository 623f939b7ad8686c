package io.kumo.insights.errors;

import java.util.List;

/** A group over all time and its newest runs. */
public record ErrorGroupDetail(ErrorGroup group, List<ErrorRun> recentRuns) {

    public ErrorGroupDetail {
        recentRuns = List.copyOf(recentRuns);
    }
}
