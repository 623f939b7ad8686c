package io.kumo.cluster.service;

import io.kumo.audit.AuditAction;
import io.kumo.audit.AuditService;
import io.kumo.cluster.NodeConfig;
import io.kumo.cluster.NodeInfo;
import io.kumo.cluster.NodeProcess;
import io.kumo.cluster.NodeVitals;
import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.engine.EngineTasks;
import io.kumo.engine.NodeSeat;
import io.kumo.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process as one node of a cluster sharing a PostgreSQL database: the engine's seat (its name, what it may run,
 * whether it holds its lease) and the cluster's node directory. Once {@link #start started}, one daemon thread
 * ({@code kumo-cluster}) heartbeats, declares silent nodes dead and takes their work over, adopts queued runs no node
 * holds, passes on stops asked for elsewhere and carries other nodes' changes to this node's engines. Each loop step is
 * a public {@code ...Tick} method that tests call directly.
 *
 * <p>The lease: a node that cannot heartbeat for longer than its lease, or whose heartbeat finds its row declared dead,
 * holds no lease any more: the engine is told once ({@link MemberEngine#leaseLost}), stops its runs and claims
 * nothing; each heartbeat then tries to rejoin under a new incarnation (after taking its own previous incarnation's
 * runs over, if no other node did), and the engine is told when it is back.
 */
public final class ClusterMember implements NodeSeat, NodeDirectory, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMember.class);
    static final Duration ROUND = Duration.ofSeconds(1);

    private final NodeConfig config;
    private final NodeProcess process;
    private final NodeTable table;
    private final Placement placement;
    private final Supplier<NodeVitals> vitals;
    private final AuditService audit;
    private final Clock clock;
    private final EngineTasks tasks;
    private final NodeTakeover takeover;
    private final RunAdoption adoption;
    private final StopRequests stops;
    private final ChangeFeed feed;
    private volatile MemberEngine engine = MemberEngine.NONE;
    private volatile String incarnation;
    private volatile boolean leaseHeld;
    private volatile boolean closing;
    /** By this node's clock: when its last heartbeat landed. */
    private volatile Instant lastHeartbeat;
    private ScheduledExecutorService loops;

    public ClusterMember(NodeConfig config, NodeProcess process, Database database, LeaseClock leaseClock, EngineTasks tasks,
                         Placement placement, Supplier<NodeVitals> vitals, AuditService audit, Clock clock) {
        this.config = config;
        this.process = process;
        this.table = new NodeTable(database, leaseClock);
        this.placement = placement;
        this.vitals = vitals;
        this.audit = audit;
        this.clock = clock;
        this.tasks = tasks;
        this.takeover = new NodeTakeover(database, table, tasks, clock, config.name());
        this.adoption = new RunAdoption(database, config.name());
        this.stops = new StopRequests(database, config.name());
        this.feed = new ChangeFeed(database, tasks);
    }

    /**
     * Writes this node's row under a new incarnation: before the engine starts, so its recovery and first claims run
     * under a lease, and changes are measured from what the engine reads at its start.
     *
     * @throws io.kumo.common.ConflictException when a running node holds this name
     */
    public synchronized void join() {
        String fresh = UUID.randomUUID().toString();
        table.join(config, process, fresh, null);
        incarnation = fresh;
        lastHeartbeat = clock.instant();
        leaseHeld = true;
        feed.baseline();
        LOG.info("Joined the cluster as node {} ({} labels, {})", config.name(), config.labels().size(),
                config.runsTasks() ? "runs tasks" : "runs no tasks");
    }

    /** Tells {@code engines} from now on (tests then drive the loops' steps themselves). */
    public void attach(MemberEngine engines) {
        this.engine = engines;
    }

    /** Tells {@code engines} from now on and starts the loops on the {@code kumo-cluster} thread. */
    public synchronized void start(MemberEngine engines) {
        attach(engines);
        if (loops != null || closing) {
            return;
        }
        loops = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kumo-cluster");
            thread.setDaemon(true);
            return thread;
        });
        long heartbeat = config.heartbeat().toMillis();
        loops.scheduleWithFixedDelay(guarded("heartbeat", this::heartbeatTick), heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        loops.scheduleWithFixedDelay(guarded("dead-node check", this::deadNodeTick), heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        long round = ROUND.toMillis();
        loops.scheduleWithFixedDelay(guarded("adoption", this::adoptionTick), round, round, TimeUnit.MILLISECONDS);
        loops.scheduleWithFixedDelay(guarded("stop requests", this::stopRequestTick), round, round, TimeUnit.MILLISECONDS);
        loops.scheduleWithFixedDelay(guarded("change feed", this::changeFeedTick), round, round, TimeUnit.MILLISECONDS);
    }

    /** A loop step that fails is logged and tried again next time: the loops never die. */
    private static Runnable guarded(String name, Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.warn("Cluster {} failed; trying again: {}", name, e.toString());
            }
        };
    }

    /** Heartbeats; loses the lease when the row was declared dead or heartbeats failed for a lease; rejoins after. */
    public synchronized void heartbeatTick() {
        if (incarnation == null) {
            return; // not joined
        }
        if (!leaseHeld) {
            if (!closing) {
                rejoin();
            }
            return;
        }
        boolean landed;
        try {
            landed = table.heartbeat(config.name(), incarnation, vitals.get());
        } catch (RuntimeException e) {
            if (silentForALease()) {
                loseLease("no heartbeat landed for longer than the lease (" + config.lease().toSeconds() + " s): " + e.getMessage());
            } else {
                LOG.warn("Heartbeat of node {} failed: {}", config.name(), e.toString());
            }
            return;
        }
        if (landed) {
            lastHeartbeat = clock.instant();
        } else {
            loseLease("its row was declared dead or taken by another start of node " + config.name());
        }
    }

    private boolean silentForALease() {
        return Duration.between(lastHeartbeat, clock.instant()).compareTo(config.lease()) > 0;
    }

    private void loseLease(String why) {
        leaseHeld = false;
        LOG.error("Node {} lost its lease: {}; its runs stop and it rejoins when it can", config.name(), why);
        tell(MemberEngine::leaseLost, "lease lost");
    }

    private void rejoin() {
        String previous = incarnation;
        // a link down for a lease while no other node noticed: this node's old runs are taken over here
        takeover.takeOver(new NodeTable.Silent(config.name(), previous, lastHeartbeat), Duration.ZERO).ifPresent(this::recorded);
        String fresh = UUID.randomUUID().toString();
        table.join(config, process, fresh, previous);
        incarnation = fresh;
        lastHeartbeat = clock.instant();
        leaseHeld = true;
        LOG.info("Node {} rejoined the cluster under a new incarnation", config.name());
        tell(MemberEngine::leaseRegained, "lease regained");
    }

    /** Declares every node silent for longer than the lease dead; the one node that does takes its work over. */
    public void deadNodeTick() {
        if (!holdsLease() || closing) {
            return; // a node that may itself be cut off judges no one
        }
        for (NodeTable.Silent silent : table.silent(config.name(), config.lease())) {
            takeover.takeOver(silent, config.lease()).ifPresent(this::recorded);
        }
    }

    private void recorded(NodeTakeover.Outcome outcome) {
        LOG.warn("Node {} stopped answering; node {} took its work over: {}", outcome.node(), config.name(), outcome.describe());
        try {
            audit.record(AuditAction.NODE_DEAD.name(), "NODE", outcome.node(), outcome.node(), List.of(),
                    "declared dead by " + config.name() + "; " + outcome.describe());
        } catch (RuntimeException e) {
            LOG.warn("Could not audit the takeover of node {}", outcome.node(), e);
        }
    }

    /** Takes the queued runs no node holds that this node may run, and hands them to the engine. */
    public void adoptionTick() {
        if (!holdsLease() || !config.runsTasks() || closing) {
            return;
        }
        List<Run> adopted = adoption.adopt(run -> holdsLease()
                && tasks.find(run.getTaskId()).map(task -> whyNotHere(task).isEmpty()).orElse(true)); // a deleted task's run ends here
        if (!adopted.isEmpty()) {
            LOG.info("Node {} adopted {} queued run(s)", config.name(), adopted.size());
            tell(engines -> engines.adopt(adopted), "adopt");
        }
    }

    /** Passes on the stops asked for elsewhere of this node's runs. */
    public void stopRequestTick() {
        if (incarnation == null || closing) {
            return;
        }
        List<Long> asked = stops.fresh();
        if (!asked.isEmpty()) {
            tell(engines -> engines.stopRequested(asked), "stop requests");
        }
    }

    /** Tells the engines what other nodes changed in tasks, workflows and the global pause. */
    public synchronized void changeFeedTick() {
        if (!closing) {
            feed.poll(engine);
        }
    }

    private void tell(java.util.function.Consumer<MemberEngine> call, String what) {
        try {
            call.accept(engine);
        } catch (RuntimeException e) {
            LOG.error("The engine failed to take {} of node {}", what, config.name(), e);
        }
    }

    /**
     * Before the engine stops: nothing more is adopted, judged or told to it, while heartbeats go on so that no other
     * node takes over the runs this node is ending itself.
     */
    public void detach() {
        closing = true;
        engine = MemberEngine.NONE;
    }

    /** Stops the loops and leaves (LEFT): called once the engine stopped its runs. */
    @Override
    public synchronized void close() {
        if (loops != null) {
            loops.shutdownNow();
            try {
                loops.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        engine = MemberEngine.NONE;
        if (incarnation != null && leaseHeld) {
            try {
                table.leave(config.name(), incarnation);
            } catch (RuntimeException e) {
                LOG.warn("Node {} could not record that it left: {}", config.name(), e.toString());
            }
        }
        leaseHeld = false;
    }

    /** This node's incarnation now; null before it joined. */
    public String incarnation() {
        return incarnation;
    }

    // ---- NodeSeat

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public boolean clustered() {
        return true;
    }

    /** False until the node joined: a CLI command's own engine on a node's core leaves its runs to the nodes. */
    @Override
    public boolean runsTasks() {
        return config.runsTasks() && incarnation != null;
    }

    @Override
    public Optional<String> whyNotHere(Task task) {
        return placement.whyNotHere(task);
    }

    /** Also false once the last heartbeat is older than the lease, even while a heartbeat hangs on a dead link. */
    @Override
    public boolean holdsLease() {
        return leaseHeld && !silentForALease();
    }

    @Override
    public OptionalInt maxRuns() {
        return config.maxRuns();
    }

    // ---- NodeDirectory

    @Override
    public List<NodeInfo> nodes() {
        return table.list();
    }

    @Override
    public String self() {
        return config.name();
    }
}
