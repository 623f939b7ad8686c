package io.kumo.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void onlyFilesModifiedSinceTheRunStartedAreItsOutputs() throws IOException {
        Path old = Files.writeString(dir.resolve("old.csv"), "a\n");
        OutputSnapshot before = OutputSnapshot.atRunStart(dir);
        Files.writeString(dir.resolve("new.csv"), "b\n");
        Files.writeString(old, "a,b\n"); // changed, but its time set back as by a copy that keeps times
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        RunOutputs outputs = OutputSnapshot.take(dir).changedSince(before);

        assertThat(outputs.files()).extracting(OutputFile::path).containsExactly("new.csv");
        assertThat(outputs.notes()).isEmpty();
    }

    @Test
    void runsThatUseTheSameFolderAtTheSameTimeAreNoted() throws IOException {
        OutputSnapshot first = OutputSnapshot.atRunStart(dir);
        OutputSnapshot second = OutputSnapshot.atRunStart(dir.resolve(".").resolve("x").resolve(".."));
        Files.writeString(dir.resolve("out.csv"), "a\n");

        RunOutputs firstOutputs = OutputSnapshot.take(dir).changedSince(first);
        RunOutputs secondOutputs = OutputSnapshot.take(dir).changedSince(second);
        OutputSnapshot alone = OutputSnapshot.atRunStart(dir);
        RunOutputs aloneOutputs = OutputSnapshot.take(dir).changedSince(alone);

        assertThat(firstOutputs.notes()).containsExactly(OutputSnapshot.OVERLAP_NOTE);
        assertThat(secondOutputs.notes()).containsExactly(OutputSnapshot.OVERLAP_NOTE);
        assertThat(aloneOutputs.notes()).isEmpty();
        assertThat(RunOutputs.decode(firstOutputs.encode()).notes()).containsExactly(OutputSnapshot.OVERLAP_NOTE);
    }

    @Test
    void otherFoldersDoNotOverlap() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        OutputSnapshot first = OutputSnapshot.atRunStart(dir);
        OutputSnapshot second = OutputSnapshot.atRunStart(other);

        assertThat(OutputSnapshot.take(dir).changedSince(first).notes()).isEmpty();
        assertThat(OutputSnapshot.take(other).changedSince(second).notes()).isEmpty();
    }
}
