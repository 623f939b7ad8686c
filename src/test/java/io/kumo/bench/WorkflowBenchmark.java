package io.kumo.bench;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the workflow engine adds around its steps, on a real core (H2 file in a temp directory, the real supervisor with
 * logs and resource sampling, the workflow engine on Kumo's engine), every step a real {@code /bin/true} process (or
 * {@code python3 -c pass}):
 * <ol>
 * <li>a chain {@code a1 -> a2 -> ... -> aN}: per edge, the hand-off from a step's process end to its dependent's process
 * start (p50/p95/max) and its parts (the end written and published by Kumo's engine, the workflow engine recording
 * the next run, its dispatch and spawn), and the chain's wall time beside the sum of its steps' own durations;</li>
 * <li>a fan-out of M independent steps then a {@code merge} ({@code maxActiveSteps: 0}), with Kumo's default concurrency
 * limit and a raised one: from the run's start to the first and the last of the M starting, and from the last of
 * them ending to {@code merge} starting;</li>
 * <li>for every run, from the call to {@link WorkflowService#run} to its first step's process start.</li>
 * </ol>
 * The instants are those the engine publishes with each run (exact, the database keeps milliseconds).
 * Run: {@code mvn -Pbench -Dbench.main=io.kumo.bench.WorkflowBenchmark -Dbench.args="50 20 3 32"} (chain length,
 * fan-out width, runs of each, the raised limit; a fifth argument {@code python} runs {@code python3 -c pass} steps).
 * The smoke mode is the same with tiny sizes ({@code "3 3 1 8"}).
 */
public final class WorkflowBenchmark {

    private static final Duration RUN_DEADLINE = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        int chain = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int fanOut = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int raised = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        String command = args.length > 4 && args[4].equals("python") ? "python3 -c pass" : "/bin/true";
        System.out.printf("Workflow benchmark: a chain of %d, a fan-out of %d then a merge, %d run(s) of each, steps `%s`, %d cores, "
                + "load average %s%n", chain, fanOut, repeats, command, Runtime.getRuntime().availableProcessors(), loadAverage());

        Path dir = Files.createTempDirectory("kumo-workflow-bench");
        try (KumoCore core = KumoCore.open(new DataDirectory(dir), Clock.systemUTC(), new Actor("bench@localhost"))) {
            StepProcesses processes = new StepProcesses();
            core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin")).addListener(processes::heard);
            Runs runs = new Runs(core.workflowService());
            core.workflowService().save(chainYaml(chain, command));
            core.workflowService().save(fanOutYaml(fanOut, command));
            List<Double> firstStarts = new ArrayList<>();

            System.out.printf("(1) chain of %d (%d edges):%n", chain, chain - 1);
            Edges edges = new Edges();
            for (int repeat = 1; repeat <= repeats; repeat++) {
                Timed timed = runs.run("bench-chain");
                firstStarts.add(timed.toFirstStart(processes));
                printChain(repeat, timed, processes, chain, edges);
            }
            System.out.printf("  all runs, hand-off per edge (step end -> next step start): %s%n", Percentiles.of(edges.handOff));
            System.out.printf("    of which step end -> its end published (Kumo's engine writes the run): %s%n", Percentiles.of(edges.published));
            System.out.printf("    of which end published -> next step's run recorded (the workflow engine): %s%n", Percentiles.of(edges.reaction));
            System.out.printf("    of which run recorded -> its process started (Kumo's engine, spawn): %s%n", Percentiles.of(edges.dispatch));

            int defaultLimit = Settings.MAX_CONCURRENT_RUNS.defaultValue();
            for (int limit : List.of(defaultLimit, raised)) {
                core.settings().set(Settings.MAX_CONCURRENT_RUNS, limit);
                System.out.printf("(2) fan-out of %d then merge, maxActiveSteps 0, Kumo's limit %d%s:%n", fanOut, limit,
                        limit == defaultLimit ? " (default)" : " (raised)");
                for (int repeat = 1; repeat <= repeats; repeat++) {
                    Timed timed = runs.run("bench-fan");
                    firstStarts.add(timed.toFirstStart(processes));
                    printFanOut(repeat, timed, processes, fanOut);
                }
            }
            System.out.printf("(3) WorkflowService.run called -> first step's process started, all %d runs: %s%n", firstStarts.size(),
                    Percentiles.of(firstStarts));
        } finally {
            BurstBenchmark.deleteQuietly(dir);
        }
        System.out.printf("load average at the end: %s%n", loadAverage());
    }

    /** The chain's edges: the whole hand-off, and its three parts. */
    private static final class Edges {
        final List<Double> handOff = new ArrayList<>();
        final List<Double> published = new ArrayList<>();
        final List<Double> reaction = new ArrayList<>();
        final List<Double> dispatch = new ArrayList<>();
    }

    private static void printChain(int repeat, Timed timed, StepProcesses processes, int chain, Edges all) {
        List<Double> edges = new ArrayList<>();
        double ownSum = 0;
        for (int i = 1; i <= chain; i++) {
            Process step = processes.of(timed.record.id(), "a" + i);
            ownSum += millis(step.started, step.ended);
            if (i > 1) {
                Instant previousEnd = processes.of(timed.record.id(), "a" + (i - 1)).ended;
                edges.add(millis(previousEnd, step.started));
                Process previous = processes.of(timed.record.id(), "a" + (i - 1));
                all.published.add(millis(previousEnd, previous.endHeard));
                all.reaction.add(millis(previous.endHeard, step.queued));
                all.dispatch.add(millis(step.queued, step.started));
            }
        }
        all.handOff.addAll(edges);
        Process first = processes.of(timed.record.id(), "a1");
        Process last = processes.of(timed.record.id(), "a" + chain);
        double wall = millis(first.started, last.ended);
        System.out.printf("  run %d %s: wall (first start -> last end) %.0f ms, steps' own durations %.0f ms, the rest %.0f ms "
                        + "(%.1f ms per edge); run record %.0f ms; hand-off %s%n", repeat, timed.record.status(), wall, ownSum,
                wall - ownSum, chain > 1 ? (wall - ownSum) / (chain - 1) : 0, millis(timed.record.startedAt(), timed.record.endedAt()),
                Percentiles.of(edges));
    }

    private static void printFanOut(int repeat, Timed timed, StepProcesses processes, int fanOut) {
        Instant runStart = timed.record.startedAt();
        Instant firstStart = null;
        Instant lastStart = null;
        Instant lastEnd = null;
        Instant lastQueued = null;
        for (int i = 1; i <= fanOut; i++) {
            Process step = processes.of(timed.record.id(), "s" + i);
            firstStart = firstStart == null || step.started.isBefore(firstStart) ? step.started : firstStart;
            lastStart = lastStart == null || step.started.isAfter(lastStart) ? step.started : lastStart;
            lastEnd = lastEnd == null || step.ended.isAfter(lastEnd) ? step.ended : lastEnd;
            lastQueued = lastQueued == null || step.queued.isAfter(lastQueued) ? step.queued : lastQueued;
        }
        Process merge = processes.of(timed.record.id(), "merge");
        System.out.printf("  run %d %s: run start -> first of %d started %.1f ms, -> last recorded %.1f ms, -> last started %.1f ms; "
                        + "last ended -> merge started %.1f ms; whole run %.0f ms%n", repeat, timed.record.status(), fanOut,
                millis(runStart, firstStart), millis(runStart, lastQueued), millis(runStart, lastStart), millis(lastEnd, merge.started), millis(timed.record.startedAt(), timed.record.endedAt()));
    }

    static String chainYaml(int length, String command) {
        StringBuilder yaml = new StringBuilder("name: bench-chain\nsteps:\n");
        for (int i = 1; i <= length; i++) {
            yaml.append("  - name: a").append(i).append("\n    command: ").append(command).append('\n');
            if (i > 1) {
                yaml.append("    depends: [a").append(i - 1).append("]\n");
            }
        }
        return yaml.toString();
    }

    static String fanOutYaml(int width, String command) {
        StringBuilder yaml = new StringBuilder("name: bench-fan\nmaxActiveSteps: 0\nsteps:\n");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
            names.add("s" + i);
            yaml.append("  - name: s").append(i).append("\n    command: ").append(command).append('\n');
        }
        yaml.append("  - name: merge\n    command: ").append(command).append("\n    depends: [").append(String.join(", ", names)).append("]\n");
        return yaml.toString();
    }

    /**
     * One step attempt's run, as the engine published it (exact instants): recorded QUEUED, its process started, ended;
     * and when this benchmark's listener heard the end (the workflow engine's listener hears it in the same pass).
     */
    private record Process(Instant queued, Instant started, Instant ended, Instant endHeard) {
    }

    /** Every step process's start and end, by workflow run and step, heard from the engine. */
    private static final class StepProcesses {
        private final Map<String, Instant> starts = new ConcurrentHashMap<>();
        private final Map<String, Instant> queued = new ConcurrentHashMap<>();
        private final Map<String, Process> ended = new ConcurrentHashMap<>();

        void heard(Run run) {
            if (!run.isWorkflowStep()) {
                return;
            }
            String key = run.getWorkflowRunId() + "/" + run.getStepName();
            if (run.getStatus() == RunStatus.RUNNING && run.getStartedAt() != null) {
                starts.put(key, run.getStartedAt());
                queued.put(key, run.getQueuedAt());
            } else if (run.getStatus().isTerminal() && run.getStartedAt() != null && run.getEndedAt() != null) {
                ended.put(key, new Process(queued.getOrDefault(key, run.getQueuedAt()), starts.getOrDefault(key, run.getStartedAt()),
                        run.getEndedAt(), Instant.now()));
            }
        }

        Process of(long workflowRunId, String step) {
            Process process = ended.get(workflowRunId + "/" + step);
            if (process == null) {
                throw new IllegalStateException("step " + step + " of workflow run #" + workflowRunId + " never ran");
            }
            return process;
        }

        Instant firstStart(long workflowRunId) {
            String prefix = workflowRunId + "/";
            return starts.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                    .min(Instant::compareTo).orElseThrow(() -> new IllegalStateException("no step of run #" + workflowRunId + " started"));
        }
    }

    /** A workflow run started through the service and waited for, with the instant the service was called. */
    private record Timed(Instant called, WorkflowRunRecord record) {
        double toFirstStart(StepProcesses processes) {
            return millis(called, processes.firstStart(record.id()));
        }
    }

    /** Starts workflow runs through the service, as the window and the CLI do, and waits for their end. */
    private static final class Runs {
        private final WorkflowService service;
        private final Map<Long, WorkflowRunRecord> ended = new ConcurrentHashMap<>();

        Runs(WorkflowService service) {
            this.service = service;
            service.addListener(run -> {
                if (run.status().isTerminal()) {
                    ended.put(run.id(), run);
                }
            });
        }

        Timed run(String name) throws InterruptedException {
            Instant called = Instant.now();
            long id = service.run(name, Map.of());
            long deadline = System.nanoTime() + RUN_DEADLINE.toNanos();
            while (!ended.containsKey(id)) { // the figures are the engine's instants: this poll's pace does not enter them
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("workflow run #" + id + " of " + name + " did not end within " + RUN_DEADLINE);
                }
                Thread.sleep(20);
            }
            Thread.sleep(50); // the run may end before the benchmark's engine listener, told after the workflow engine's, hears its last step end
            return new Timed(called, ended.get(id));
        }
    }

    /** p50, p95 and max of a list of milliseconds. */
    private record Percentiles(List<Double> sorted) {
        static Percentiles of(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return new Percentiles(sorted);
        }

        private double at(double fraction) {
            return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(sorted.size() * fraction) - 1)));
        }

        @Override
        public String toString() {
            return sorted.isEmpty() ? "none" : String.format("p50 %.1f ms  p95 %.1f ms  max %.1f ms  (n %d)", at(0.50), at(0.95),
                    sorted.getLast(), sorted.size());
        }
    }

    private static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
