package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.outputs.OutputFile;
import io.kumo.outputs.RunOutputs;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real python3 run writes into OUTPUT_DIR; its record lists what it created or changed there, nothing else. */
class RunOutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void theRunRecordsTheFilesItCreatedOrChangedUnderOutputDir() throws IOException {
        Path script = Files.writeString(dir.resolve("write.py"), """
                import os
                out = os.environ["OUTPUT_DIR"]
                os.makedirs(os.path.join(out, "sub"), exist_ok=True)
                with open(os.path.join(out, "rows.csv"), "w") as f:
                    f.write("a,b\\n1,2\\n")
                with open(os.path.join(out, "sub", "data.jsonl"), "w") as f:
                    f.write('{"x": 1}\\n')
                with open(os.path.join(out, "changed.txt"), "a") as f:
                    f.write("more")
                """);
        try (KumoCore core = TestCores.open(dir.resolve("data"))) {
            Path output = dir.resolve("data").resolve("output").resolve(OutputFolderName.of("writer"));
            Files.createDirectories(output);
            Files.writeString(output.resolve("untouched.txt"), "old");
            Files.writeString(output.resolve("changed.txt"), "old");
            Instant past = Instant.now().minus(Duration.ofHours(1)); // the run's change shows even on coarse mtimes
            Files.setLastModifiedTime(output.resolve("untouched.txt"), FileTime.from(past));
            Files.setLastModifiedTime(output.resolve("changed.txt"), FileTime.from(past));
            Engine engine = core.startEngine(new OsProcessLauncher(), System.getenv());
            Task task = core.tasks().create(new Task("writer", "python3 " + script));

            Run run = engine.runNow(task);
            Run ended = await(engine, run.getId());

            assertThat(ended.getStatus()).isEqualTo(RunStatus.SUCCESS);
            RunOutputs outputs = RunOutputs.decode(ended.getOutputFiles());
            assertThat(outputs.files()).extracting(OutputFile::path)
                    .containsExactlyInAnyOrder("rows.csv", "sub/data.jsonl", "changed.txt");
            assertThat(outputs.files()).filteredOn(file -> file.path().equals("rows.csv"))
                    .extracting(OutputFile::size).containsExactly(8L);
            assertThat(outputs.folder()).contains(output);
            assertThat(outputs.locate(outputs.files().getFirst()).map(Files::exists)).contains(true);
        }
    }

    private static Run await(Engine engine, long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Run> found = engine.runs().find(id).filter(run -> run.getStatus().isTerminal());
            if (found.isPresent()) {
                return found.get();
            }
            EngineFixture.sleep(25);
        }
        throw new AssertionError("run #" + id + " did not end");
    }
}
