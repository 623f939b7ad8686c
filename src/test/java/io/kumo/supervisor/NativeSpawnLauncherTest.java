package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** posix_spawn with SETSID (Linux). */
@EnabledOnOs(OS.LINUX)
class NativeSpawnLauncherTest extends OsProcessLauncherTest {

    @Override
    OsProcessLauncher launcher() {
        assertThat(PosixSpawn.available()).as("glibc posix_spawn with closefrom").isTrue();
        return new OsProcessLauncher(java.util.Optional.empty(), true);
    }

    @Test
    void childLeadsItsOwnSessionInheritsNoDescriptorAndHasDefaultSignals() throws Exception {
        Files.writeString(dir.resolve("probe.py"), """
                import os, signal
                print(os.getsid(0) == os.getpid(), sorted(int(f) for f in os.listdir('/proc/self/fd')),
                      signal.getsignal(signal.SIGINT) is signal.default_int_handler, os.getcwd())
                """);
        SupervisedProcess process = launcher.launch(new LaunchSpec(List.of("python3", "probe.py"), dir,
                Map.of("PATH", System.getenv("PATH")), dir.resolve("run.log"), List.of(), 10_000));
        assertThat(process.outcome().get(30, TimeUnit.SECONDS).exitCode()).isZero();
        // session leader; only 0, 1, 2 and the fd listdir itself opens; SIGINT raises KeyboardInterrupt as usual
        assertThat(Files.readString(dir.resolve("run.log"))).matches("True \\[0, 1, 2(, \\d+)?\\] True " + dir.toRealPath() + "\\n");
    }
}
