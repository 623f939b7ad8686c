package io.kumo.insights.trends;

import io.kumo.project.FileVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits a window's runs (oldest first) at the instants the task's script was saved. */
final class VersionSegments {

    static final double SLOWER_FACTOR = 1.5;

    private VersionSegments() {
    }

    /** Segments that reach into the window starting at {@code from} (null: all), oldest first. */
    static List<VersionSegment> split(List<RunFact> facts, List<FileVersion> versions, Instant from) {
        List<FileVersion> saves = versions.stream().sorted(Comparator.comparing(FileVersion::savedAt)).toList();
        List<VersionSegment> segments = new ArrayList<>();
        long previousP50 = -1;
        for (int i = 0; i <= saves.size(); i++) {
            Instant since = i == 0 ? null : saves.get(i - 1).savedAt();
            Instant until = i == saves.size() ? null : saves.get(i).savedAt();
            if (until != null && from != null && !until.isAfter(from)) {
                continue;
            }
            List<RunFact> inside = facts.stream().filter(f -> (since == null || !f.scheduledFor().isBefore(since))
                    && (until == null || f.scheduledFor().isBefore(until))).toList();
            if (since == null && inside.isEmpty()) {
                continue; // nothing ran before the first save: no segment to show for it
            }
            RunFigures figures = RunFigures.of(inside);
            boolean slower = previousP50 > 0 && figures.p50Millis() >= SLOWER_FACTOR * previousP50;
            segments.add(new VersionSegment(i == 0 ? null : saves.get(i - 1).id(), since, until, figures, slower));
            if (figures.p50Millis() >= 0) {
                previousP50 = figures.p50Millis();
            }
        }
        return segments;
    }
}
