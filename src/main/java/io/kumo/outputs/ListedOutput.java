package io.kumo.outputs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A recorded output file as found now: where it is on this machine, and whether it still exists there. */
public record ListedOutput(OutputFile file, Optional<Path> location, boolean exists) {

    /** The run's recorded outputs, each looked up on disk (call off the FX thread: it touches the file system). */
    public static List<ListedOutput> of(RunOutputs outputs) {
        return outputs.files().stream().map(file -> {
            Optional<Path> location = outputs.locate(file);
            return new ListedOutput(file, location, location.map(Files::isRegularFile).orElse(false));
        }).toList();
    }
}
