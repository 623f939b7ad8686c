package io.kumo.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class StepOutputsTest {

    @TempDir
    Path dir;

    @Test
    void readsKeyValueLinesIgnoringBlanksAndCommentsAndRefusingBadKeys() throws Exception {
        Path file = dir.resolve("step.env");
        Files.writeString(file, "ROWS=42\n\n# a comment\nnot a pair\n1BAD=x\nPATH_PART=a=b\nROWS=43\n");

        StepOutputs.Read read = StepOutputs.read(file);

        assertThat(read.values()).containsExactly(java.util.Map.entry("ROWS", "43"), java.util.Map.entry("PATH_PART", "a=b"));
        assertThat(read.note()).contains("output line(s) 4, 5 refused");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void eachAttemptGetsAFreshOwnerOnlyFile() throws Exception {
        StepOutputs outputs = new StepOutputs(dir);
        StepState step = new StepState("load data", null, 2);
        Path first = outputs.fresh(7, step);
        Files.writeString(first, "OLD=1\n");

        Path again = outputs.fresh(7, step);

        assertThat(again).isEqualTo(dir.resolve("workflow-runs/7/2-load_data.env"));
        assertThat(Files.readString(again)).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(again))).isEqualTo("rw-------");
    }

    @Test
    void refusesKeysThatWouldOverrideKumosOwnOrThePythonEnvironmentsVariables() throws Exception {
        Path file = dir.resolve("step.env");
        Files.writeString(file, "KUMO_RUN_ID=1\nPATH=/tmp\nVIRTUAL_ENV=/v\nCONDA_PREFIX=/c\nPYTHONPATH=/p\n"
                + "PYTHONHOME=/h\nROWS=2\n");

        StepOutputs.Read read = StepOutputs.read(file);

        assertThat(read.values()).containsExactly(java.util.Map.entry("ROWS", "2"));
        assertThat(read.note()).contains("KUMO_RUN_ID", "PATH", "VIRTUAL_ENV", "CONDA_PREFIX", "PYTHONPATH", "PYTHONHOME");
    }

    @Test
    void stepsWhoseNamesDifferOnlyInOddCharactersGetTheirOwnFiles() {
        StepOutputs outputs = new StepOutputs(dir);

        assertThat(outputs.fileOf(7, new StepState("a b", null, 0))).isNotEqualTo(outputs.fileOf(7, new StepState("a_b", null, 1)));
        assertThat(outputs.fileOf(7, new StepState("über", null, 2))).isNotEqualTo(outputs.fileOf(7, new StepState("öber", null, 3)));
    }

    @Test
    void theLastPrintedLineSkipsStderrAndKumoNotices() throws Exception {
        Path log = dir.resolve("run.log");
        Files.writeString(log, "first\nanswer 42\n[stderr] a warning\n[kumo] process exited\n\n");

        assertThat(StepOutputs.lastLine(log.toString())).contains("answer 42");
    }
}
