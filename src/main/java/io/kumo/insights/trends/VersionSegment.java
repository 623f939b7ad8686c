package io.kumo.insights.trends;

import java.time.Instant;

/**
 * The runs between two saves of the task's script. {@code versionId} names the version kept by the save that began the
 * segment (the script as it was before), null for the runs before the first kept save; {@code since} is that save,
 * {@code until} the next one (null: still the current script). {@code slower}: its median duration is at least
 * {@link VersionSegments#SLOWER_FACTOR} times the previous timed segment's.
 */
public record VersionSegment(String versionId, Instant since, Instant until, RunFigures figures, boolean slower) {
}
