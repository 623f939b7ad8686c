package io.kumo.service;

import io.kumo.domain.Task;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scheduler stand-in that keeps what it was told: "changed NAME", "changed NAME (paused)", "deleted #ID". */
public final class RecordingScheduling implements TaskScheduling {

    public final List<String> told = new CopyOnWriteArrayList<>();

    @Override
    public void taskChanged(Task task) {
        told.add("changed " + task.getName() + (task.isEnabled() ? "" : " (paused)"));
    }

    @Override
    public void taskDeleted(long taskId) {
        told.add("deleted #" + taskId);
    }
}
