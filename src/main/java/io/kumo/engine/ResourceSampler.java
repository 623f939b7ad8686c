package io.kumo.engine;

import io.kumo.supervisor.ProcessTree;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Samples CPU % and RSS of every running tree once a second on one thread (OSHI), into each run's series, with the
 * CPU time the tree spent. CPU a member spends after the last sample before it ends is not seen (at most a second's).
 */
public final class ResourceSampler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceSampler.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("kumo-sampler").unstarted(runnable));
    private final Map<Long, Watched> watched = new ConcurrentHashMap<>();
    private volatile OperatingSystem os;

    private static final class Watched {
        final ProcessTree tree;
        final ResourceSeries series;
        final long startNanos = System.nanoTime();
        final Map<Long, Long> cpuMillisByPid = new HashMap<>();
        long lastNanos = startNanos;

        Watched(ProcessTree tree, ResourceSeries series) {
            this.tree = tree;
            this.series = series;
        }
    }

    public void start() {
        thread.scheduleAtFixedRate(this::sampleAll, 1, 1, TimeUnit.SECONDS);
    }

    public void watch(long runId, ProcessTree tree, ResourceSeries series) {
        watched.put(runId, new Watched(tree, series));
    }

    /** Stops sampling the run (its process ended). */
    public void unwatch(long runId) {
        watched.remove(runId);
    }

    private void sampleAll() {
        try {
            watched.values().forEach(this::sample);
        } catch (RuntimeException e) {
            LOG.warn("Resource sampling failed", e);
        }
    }

    private void sample(Watched run) {
        OperatingSystem system = system();
        long now = System.nanoTime();
        double wallMillis = Math.max(1, (now - run.lastNanos) / 1_000_000.0);
        long rss = 0;
        long cpuDelta = 0;
        long cpuSpent = 0;
        Map<Long, Long> seen = new HashMap<>();
        for (ProcessHandle member : run.tree.processes()) {
            OSProcess process = system.getProcess((int) member.pid());
            if (process == null) {
                continue;
            }
            long cpu = process.getKernelTime() + process.getUserTime();
            rss += process.getResidentMemory();
            cpuDelta += Math.max(0, cpu - run.cpuMillisByPid.getOrDefault(member.pid(), cpu - Math.min(cpu, (long) wallMillis)));
            // the total counts all of a new member's CPU: it began during the run (the % above is capped to the interval)
            cpuSpent += Math.max(0, cpu - run.cpuMillisByPid.getOrDefault(member.pid(), 0L));
            seen.put(member.pid(), cpu);
        }
        synchronized (run) {
            run.cpuMillisByPid.clear();
            run.cpuMillisByPid.putAll(seen);
            run.lastNanos = now;
        }
        if (!seen.isEmpty()) {
            run.series.add((now - run.startNanos) / 1_000_000_000L, 100.0 * cpuDelta / wallMillis, rss);
        }
        run.series.addCpuMillis(cpuSpent);
    }

    private OperatingSystem system() {
        if (os == null) {
            os = new SystemInfo().getOperatingSystem();
        }
        return os;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
