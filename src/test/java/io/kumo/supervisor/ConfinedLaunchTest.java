package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A confinement wraps the resolved command line, sees the end and is closed once, whichever way the process is spawned. */
@DisabledOnOs(OS.WINDOWS)
class ConfinedLaunchTest {

    @TempDir
    Path dir;

    /** Runs the command through {@code /usr/bin/env MARK=wrapped}; says a "limit" ended the run when it exited 3. */
    private static class EnvWrapper implements RunConfinement {
        final AtomicReference<List<String>> seen = new AtomicReference<>();
        final AtomicInteger closes = new AtomicInteger();
        final AtomicInteger stops = new AtomicInteger();

        @Override
        public List<String> wrap(List<String> resolvedArgv) {
            seen.set(resolvedArgv);
            List<String> wrapped = new ArrayList<>(List.of("/usr/bin/env", "MARK=wrapped"));
            wrapped.addAll(resolvedArgv);
            return wrapped;
        }

        @Override
        public String describe() {
            return "test wrapper";
        }

        @Override
        public void stopping() {
            stops.incrementAndGet();
        }

        @Override
        public Optional<String> limitExceeded(int exitCode, String errorSummary) {
            return exitCode == 3 ? Optional.of("test limit exceeded") : Optional.empty();
        }

        @Override
        public OptionalLong peakMemoryBytes() {
            return OptionalLong.of(4096);
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    private LaunchSpec spec(String script, RunConfinement confinement) throws IOException {
        Path file = dir.resolve("script.py");
        Files.writeString(file, script);
        return new LaunchSpec(List.of("python3", file.toString()), dir, Map.of("PATH", System.getenv("PATH")),
                dir.resolve("run-" + System.nanoTime() + ".log"), List.of(), 1 << 20, confinement);
    }

    private static OsProcessLauncher launcher(boolean nativeSpawn) {
        return nativeSpawn && PosixSpawn.available() ? new OsProcessLauncher() : OsProcessLauncher.portable();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theResolvedCommandRunsInsideTheWrapperAndTheOutcomeSaysWhichLimitEndedIt(boolean nativeSpawn) throws Exception {
        EnvWrapper wrapper = new EnvWrapper();
        LaunchSpec spec = spec("import os, sys\nprint('mark', os.environ.get('MARK'))\nsys.exit(3)\n", wrapper);
        SupervisedProcess process = launcher(nativeSpawn).launch(spec);

        ProcessOutcome outcome = process.outcome().get(60, TimeUnit.SECONDS);

        assertThat(Path.of(wrapper.seen.get().getFirst())).isAbsolute();
        assertThat(wrapper.seen.get().getFirst()).contains("python3");
        assertThat(Files.readString(spec.logFile())).contains("mark wrapped");
        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.limitExceeded()).isEqualTo("test limit exceeded");
        assertThat(outcome.peakMemoryBytes()).isEqualTo(4096);
        assertThat(process.confinementNote()).isEqualTo("test wrapper");
        assertThat(wrapper.closes).hasValue(1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void stoppingTellsTheConfinementFirst(boolean nativeSpawn) throws Exception {
        EnvWrapper wrapper = new EnvWrapper();
        SupervisedProcess process = launcher(nativeSpawn).launch(spec("import time\ntime.sleep(60)\n", wrapper));

        process.terminate(Duration.ofSeconds(5));
        ProcessOutcome outcome = process.outcome().get(60, TimeUnit.SECONDS);

        assertThat(wrapper.stops).hasValue(1);
        assertThat(outcome.limitExceeded()).isNull();
        assertThat(wrapper.closes).hasValue(1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aConfinementThatCannotBeMadeFailsTheLaunchWithItsReasonAndIsClosed(boolean nativeSpawn) throws Exception {
        EnvWrapper refusing = new EnvWrapper() {
            @Override
            public List<String> wrap(List<String> resolvedArgv) {
                throw new IllegalStateException("no cgroup for you");
            }
        };

        assertThatThrownBy(() -> launcher(nativeSpawn).launch(spec("print(1)\n", refusing)))
                .isInstanceOf(IOException.class).hasMessageContaining("no cgroup for you");
        assertThat(refusing.closes).hasValue(1);
    }
}
