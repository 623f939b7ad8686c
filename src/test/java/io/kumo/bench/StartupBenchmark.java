package io.kumo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to the first frame of the main window, and the resident memory once idle, of Kumo against a bare JavaFX
 * "hello" window on the same JVM and settings. Each is started {@code runs} times as a fresh process (class path as
 * this JVM's); memory is read from /proc after {@code idleSeconds}.
 *
 * <pre>java -cp ... io.kumo.bench.StartupBenchmark [runs] [idleSeconds] [--headless] [extra JVM option...]</pre>
 * Extra options (for example {@code -XX:AOTCache=target/aot/kumo.aot}) go to both programs. Without a DISPLAY, or with
 * {@code --headless} (the smoke mode), both run on JavaFX's headless platform with software rendering.
 * {@code -Dbench.kumoOptions="..."} are JVM options for Kumo only: the options the app ships with (the bench profile
 * passes {@code kumo.app.jvm.args}), as the packaged launcher carries them in its {@code .cfg}. With a DISPLAY that has
 * a system tray, Kumo is also measured
 * started {@code --minimized}, living in the tray without a window (its idle state on a desktop).
 * With {@code -Dbench.launcher=target/installer/Kumo/bin/Kumo} Kumo is started through that packaged launcher (its own
 * runtime, options and AOT cache; the benchmark's options reach it through {@code JAVA_TOOL_OPTIONS}).
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    record Sample(long firstFrameMillis, long residentKilobytes) {
    }

    /** What one invocation measures: runs of each program, idle seconds, whether they get a display, extra options. */
    record Plan(int runs, int idleSeconds, boolean display, List<String> extra, List<String> kumoOptions) {

        static Plan of(String[] args) {
            int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
            int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
            List<String> rest = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
            boolean display = System.getenv("DISPLAY") != null && !rest.contains("--headless");
            String kumoOptions = System.getProperty("bench.kumoOptions", "").strip();
            return new Plan(runs, idleSeconds, display, rest.stream().filter(arg -> !arg.equals("--headless")).toList(),
                    kumoOptions.isEmpty() ? List.of() : List.of(kumoOptions.split("\\s+")));
        }
    }

    public static void main(String[] args) throws Exception {
        Plan plan = Plan.of(args);
        List<Sample> hello = new ArrayList<>();
        List<Sample> kumo = new ArrayList<>();
        Path data = Files.createTempDirectory("kumo-startup");
        System.out.printf("%s, %d runs each, RSS after %d idle s; options for both %s, for Kumo only %s%n",
                plan.display() ? "display " + System.getenv("DISPLAY") : "headless platform, software rendering",
                plan.runs(), plan.idleSeconds(), plan.extra(), plan.kumoOptions());
        // a first start creates the database; the runs measured start Kumo as on any later day
        measure(kumo(plan, "--data-dir", data.toString()), 1);
        for (int i = 0; i < plan.runs(); i++) {
            hello.add(measure(process(javaCommand("io.kumo.bench.HelloFx", plan, List.of()), plan), plan.idleSeconds()));
            kumo.add(measure(kumo(plan, "--data-dir", data.toString()), plan.idleSeconds()));
        }
        report("hello", hello);
        report("kumo", kumo);
        if (plan.display()) {
            List<Sample> tray = new ArrayList<>();
            for (int i = 0; i < plan.runs(); i++) {
                tray.add(measureInTray(kumo(plan, "--minimized", "--data-dir", data.toString()), data, plan.idleSeconds()));
            }
            System.out.printf("kumo --minimized (tray, no window): idle RSS median %d MB%n", median(tray, Sample::residentKilobytes) / 1024);
        }
        double frameRatio = (double) median(kumo, Sample::firstFrameMillis) / median(hello, Sample::firstFrameMillis);
        double memoryRatio = (double) median(kumo, Sample::residentKilobytes) / median(hello, Sample::residentKilobytes);
        System.out.printf("first frame: kumo/hello = %.2f (target <= 1.5 packaged with its AOT cache)%n", frameRatio);
        System.out.printf("idle memory: kumo/hello = %.2f (target <= 1.5)%n", memoryRatio);
    }

    /** Kumo started minimized to the tray: ready once its instance socket exists, then measured after the idle time. */
    private static Sample measureInTray(ProcessBuilder kumo, Path data, int idleSeconds) throws Exception {
        Path socket = data.resolve("kumo.sock");
        Files.deleteIfExists(socket); // left by a stopped run, it would read as ready at once
        Process process = kumo.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(socket) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            TimeUnit.SECONDS.sleep(idleSeconds);
            return new Sample(-1, residentKilobytes(process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Kumo from this JVM's class path, or through the packaged launcher named by {@code bench.launcher}. */
    private static ProcessBuilder kumo(Plan plan, String... args) {
        String launcher = System.getProperty("bench.launcher");
        if (launcher == null) {
            List<String> command = javaCommand("io.kumo.Launcher", plan, plan.kumoOptions());
            command.addAll(List.of(args));
            return process(command, plan);
        }
        // the packaged launcher carries the app's own options in its .cfg
        List<String> command = new ArrayList<>(List.of(launcher));
        command.addAll(List.of(args));
        ProcessBuilder builder = process(command, plan);
        builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", benchOptions(plan)));
        return builder;
    }

    /** Headless means no DISPLAY at all: with one, Kumo would still open an AWT tray beside the headless window. */
    private static ProcessBuilder process(List<String> command, Plan plan) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (!plan.display()) {
            builder.environment().remove("DISPLAY");
        }
        return builder;
    }

    private static List<String> javaCommand(String mainClass, Plan plan, List<String> programOptions) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        command.addAll(programOptions);
        command.addAll(benchOptions(plan));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return command;
    }

    private static List<String> benchOptions(Plan plan) {
        List<String> options = new ArrayList<>(List.of("-Dkumo.reportFirstFrame=true"));
        if (!plan.display()) {
            options.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
        }
        options.addAll(plan.extra());
        return options;
    }

    private static Sample measure(ProcessBuilder program, int idleSeconds) throws Exception {
        Process process = program.redirectErrorStream(true).start();
        // not closed here: a reader thread drains it until the process is gone (closing it would wait for that thread)
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            long firstFrame = -1;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("kumo-first-frame-ms=")) {
                    firstFrame = Long.parseLong(line.substring(line.indexOf('=') + 1));
                    break;
                }
            }
            Thread.ofVirtual().start(() -> {
                try {
                    out.lines().forEach(ignored -> { });
                } catch (java.io.UncheckedIOException streamClosedAtExit) {
                    // the process was stopped
                }
            });
            TimeUnit.SECONDS.sleep(idleSeconds);
            long resident = residentKilobytes(process.pid());
            return new Sample(firstFrame, resident);
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static long residentKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static void report(String name, List<Sample> samples) {
        System.out.printf("%-6s first frame median %d ms (min %d, max %d); idle RSS median %d MB%n", name,
                median(samples, Sample::firstFrameMillis), samples.stream().mapToLong(Sample::firstFrameMillis).min().orElse(-1),
                samples.stream().mapToLong(Sample::firstFrameMillis).max().orElse(-1), median(samples, Sample::residentKilobytes) / 1024);
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> value) {
        List<Long> values = new ArrayList<>(samples.stream().map(value::applyAsLong).toList());
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
