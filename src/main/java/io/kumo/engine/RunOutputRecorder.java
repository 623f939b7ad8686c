package io.kumo.engine;

import io.kumo.outputs.OutputSnapshot;
import io.kumo.outputs.RunOutputs;
import io.kumo.supervisor.LaunchSpec;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what a run wrote: its OUTPUT_DIR is snapshot when the run is prepared and compared when it ends; the files
 * created or changed in between (and modified since the run started) go into {@code Run.outputFiles}, with a note when
 * another run of this node used the same folder meanwhile. In a cluster the list is that of the node that ran it.
 */
final class RunOutputRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(RunOutputRecorder.class);

    private RunOutputRecorder() {
    }

    /** Null when the launch has no OUTPUT_DIR (nothing to compare at the end). */
    static OutputSnapshot snapshot(LaunchSpec spec) {
        String folder = spec.environment().get("OUTPUT_DIR");
        return folder == null ? null : OutputSnapshot.atRunStart(Path.of(folder));
    }

    /** Sets the run's output files from the snapshot its launch took; a run that never got one is left as it is. */
    static void record(ActiveRun active) {
        OutputSnapshot before = active.outputsAtStart;
        if (before == null) {
            return;
        }
        try {
            RunOutputs outputs = OutputSnapshot.take(before.folder()).changedSince(before);
            active.run.setOutputFiles(outputs.encode());
        } catch (RuntimeException e) { // never let the list of outputs cost the run its record
            LOG.warn("Run #{}: its output files could not be listed: {}", active.id(), e.toString());
        }
    }
}
