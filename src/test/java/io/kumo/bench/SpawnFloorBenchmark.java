package io.kumo.bench;

import io.kumo.common.FileTrees;
import io.kumo.supervisor.LaunchSpec;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.supervisor.RawSpawns;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The floor under a burst: N launches of {@code /bin/true}, prepared ahead (untimed), then started by 1, 2, 4... threads
 * at once, each taking every k-th, in a tight loop; reaped afterwards (untimed). Three ways, one after the other in one
 * invocation: (a) {@code PosixSpawn.Prepared.start} alone (the system call and closing the child's pipe ends), (b) the
 * engine's path, {@code PreparedLaunch.spawn} (supervised after the round, as {@code InstantLaunches} does), (c)
 * {@link ProcessBuilder} for reference. Printed per way and thread count: wall time from the go to the last start, cost
 * per spawn (wall / N) and on each thread (wall × threads / N), the JVM's CPU during the spawns and the children's CPU
 * (getrusage, exec included). Run: {@code mvn -Pbench -Dbench.main=io.kumo.bench.SpawnFloorBenchmark
 * -Dbench.args="200 1,2,4 3"} (spawns, thread counts, repeats). Nothing here is a target; it says how much of a burst's
 * time is the operating system's.
 */
public final class SpawnFloorBenchmark {

    private static final Path TRUE = Path.of("/bin/true");
    private static final int WARM_UP = 20;

    /** One launch made ahead: {@link #start()} is what is timed, {@link #finish()} reaps it afterwards. */
    private interface Launch {
        void start() throws Exception;

        void finish() throws Exception;
    }

    private interface Way {
        Launch prepare(int index) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int[] threads = Arrays.stream((args.length > 1 ? args[1] : "1,2,4").split(",")).mapToInt(Integer::parseInt).toArray();
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.printf("Spawn floor: %d x /bin/true, threads %s, %d repeat(s), %d cores%n", count, Arrays.toString(threads),
                repeats, Runtime.getRuntime().availableProcessors());
        if (!RawSpawns.available()) {
            System.out.println("posix_spawn: skipped (Linux with glibc 2.34+ only)");
            return;
        }
        Path dir = Files.createTempDirectory("kumo-spawn-floor");
        try {
            Map<String, Way> ways = ways(dir);
            for (Way way : ways.values()) {
                measure(way, Math.min(count, WARM_UP), 1); // JIT and thread pools warm, not printed
            }
            Map<String, List<Double>> walls = new LinkedHashMap<>();
            for (int repeat = 1; repeat <= repeats; repeat++) {
                for (int threadCount : threads) {
                    for (Map.Entry<String, Way> way : ways.entrySet()) {
                        Figures figures = measure(way.getValue(), count, threadCount);
                        walls.computeIfAbsent(way.getKey() + ", " + threadCount + " thread(s)", key -> new ArrayList<>()).add(figures.wallMs());
                        System.out.printf("  %d/%d %-34s %d thread(s): %s%n", repeat, repeats, way.getKey(), threadCount, figures);
                    }
                }
            }
            System.out.println("Wall time of " + count + " spawns, min / median / max over " + repeats + " repeat(s):");
            walls.forEach((name, values) -> {
                values.sort(null);
                System.out.printf("  %-50s %7.1f / %7.1f / %7.1f ms%n", name, values.getFirst(), values.get(values.size() / 2), values.getLast());
            });
        } finally {
            FileTrees.delete(dir);
        }
    }

    /**
     * The floor alone, for another benchmark's invocation ({@code BurstBenchmark}): {@code count} launches of
     * {@code /bin/true} started by {@code threads} threads, {@code PosixSpawn.Prepared.start} only; empty where
     * posix_spawn is not available.
     */
    static Optional<String> rawSpawns(int count, int threads) throws Exception {
        if (!RawSpawns.available()) {
            return Optional.empty();
        }
        Path dir = Files.createTempDirectory("kumo-spawn-floor");
        try {
            Way raw = ways(dir).values().iterator().next();
            measure(raw, Math.min(count, WARM_UP), 1);
            return Optional.of(measure(raw, count, threads).toString());
        } finally {
            FileTrees.delete(dir);
        }
    }

    private static Map<String, Way> ways(Path dir) {
        Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        environment.put("PATH", "/usr/bin:/bin");
        OsProcessLauncher launcher = new OsProcessLauncher();
        Path logs = dir.resolve("logs");
        Map<String, Way> ways = new LinkedHashMap<>();
        ways.put("(a) PosixSpawn.Prepared.start", index -> {
            RawSpawns.Raw raw = RawSpawns.prepare(TRUE, List.of(TRUE.toString()), dir, environment);
            return new Launch() {
                @Override
                public void start() throws IOException {
                    raw.start();
                }

                @Override
                public void finish() throws IOException {
                    raw.reap();
                }
            };
        });
        ways.put("(b) PreparedLaunch.spawn (engine)", index -> {
            Files.createDirectories(logs);
            ProcessLauncher.PreparedLaunch prepared = launcher.prepare(new LaunchSpec(List.of(TRUE.toString()), dir, environment,
                    logs.resolve(System.nanoTime() + "-" + index + ".log"), List.of(), 1 << 20));
            return new Launch() {
                private ProcessLauncher.Spawned spawned;

                @Override
                public void start() throws IOException {
                    spawned = prepared.spawn();
                }

                @Override
                public void finish() throws Exception {
                    spawned.supervise().outcome().get(30, TimeUnit.SECONDS);
                }
            };
        });
        ways.put("(c) ProcessBuilder", index -> {
            ProcessBuilder builder = new ProcessBuilder(TRUE.toString()).directory(dir.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            return new Launch() {
                private Process process;

                @Override
                public void start() throws IOException {
                    process = builder.start();
                }

                @Override
                public void finish() throws Exception {
                    process.waitFor();
                    process.getInputStream().close();
                    process.getErrorStream().close();
                    process.getOutputStream().close();
                }
            };
        });
        return ways;
    }

    /** What one measurement found. */
    private record Figures(int count, int threads, double wallMs, double parentCpuMs, double childCpuMs) {
        @Override
        public String toString() {
            return String.format("wall %7.1f ms, %.2f ms per spawn (%.2f ms on each thread), JVM CPU %6.1f ms, children CPU %6.1f ms (%.2f ms each)",
                    wallMs, wallMs / count, wallMs * threads / count, parentCpuMs, childCpuMs, childCpuMs / count);
        }
    }

    private static Figures measure(Way way, int count, int threads) throws Exception {
        List<Launch> launches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            launches.add(way.prepare(i));
        }
        CountDownLatch go = new CountDownLatch(1);
        long[] ends = new long[threads];
        Exception[] failures = new Exception[threads];
        List<Thread> spawners = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            spawners.add(Thread.ofPlatform().name("spawn-floor-" + t).start(() -> {
                try {
                    go.await();
                    for (int i = first; i < launches.size(); i += threads) {
                        launches.get(i).start();
                    }
                } catch (Exception e) {
                    failures[first] = e;
                }
                ends[first] = System.nanoTime();
            }));
        }
        Thread.sleep(50); // every spawner parked at the latch
        long childrenBefore = Usage.CHILDREN.cpuMicros();
        long selfBefore = Usage.SELF.cpuMicros();
        long begin = System.nanoTime();
        go.countDown();
        for (Thread spawner : spawners) {
            spawner.join();
        }
        long selfAfter = Usage.SELF.cpuMicros();
        for (Exception failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        for (Launch launch : launches) {
            launch.finish();
        }
        long childrenAfter = Usage.CHILDREN.cpuMicros();
        long end = Arrays.stream(ends).max().orElse(begin);
        return new Figures(count, threads, (end - begin) / 1e6, (selfAfter - selfBefore) / 1e3, (childrenAfter - childrenBefore) / 1e3);
    }

    /** getrusage(2) through the FFM API: user + system CPU of this process or of its reaped children, in microseconds. */
    private enum Usage {
        SELF(0), CHILDREN(-1);

        private static final MethodHandle GETRUSAGE = Linker.nativeLinker().downcallHandle(
                Linker.nativeLinker().defaultLookup().find("getrusage").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        /** struct rusage on 64-bit Linux: two timevals (16 bytes each) and 14 longs. */
        private static final long RUSAGE_BYTES = 144;

        private final int who;

        Usage(int who) {
            this.who = who;
        }

        long cpuMicros() {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment usage = arena.allocate(RUSAGE_BYTES, 8);
                int result = (int) GETRUSAGE.invokeExact(who, usage);
                if (result != 0) {
                    throw new IllegalStateException("getrusage failed");
                }
                return micros(usage, 0) + micros(usage, 16);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private static long micros(MemorySegment usage, long offset) {
            return usage.get(ValueLayout.JAVA_LONG, offset) * 1_000_000 + usage.get(ValueLayout.JAVA_LONG, offset + 8);
        }
    }
}
