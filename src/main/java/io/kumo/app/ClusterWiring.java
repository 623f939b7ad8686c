package io.kumo.app;

import io.kumo.audit.AuditService;
import io.kumo.cluster.NodeProcess;
import io.kumo.cluster.service.ClusterMember;
import io.kumo.cluster.service.LeaseClock;
import io.kumo.cluster.service.MachineVitals;
import io.kumo.cluster.service.Placement;
import io.kumo.cluster.service.SecretCanary;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.engine.EngineStatus;
import io.kumo.secrets.SecretCipher;
import io.kumo.service.AuditedRepository;
import io.kumo.store.Database;
import java.time.Clock;

/** Builds this process's cluster membership when the deployment shares a database with other nodes. */
final class ClusterWiring {

    private ClusterWiring() {
    }

    /**
     * Checks that this node seals secrets with the cluster's key (refusing to open otherwise), then builds its member;
     * it joins when the instance's engine starts.
     */
    static ClusterMember member(Deployment deployment, Database database, SecretCipher cipher, AuditedRepository<Task> tasks,
                                AuditedRepository<PythonEnvironment> environments, EngineStatus status, AuditService audit,
                                Clock clock) {
        new SecretCanary(database, clock).check(cipher::encrypt, cipher::decrypt, deployment.secretKeyFile());
        Placement placement = new Placement(deployment.node(), environments::findById, environments::list);
        return new ClusterMember(deployment.node(), NodeProcess.current(), database, LeaseClock.of(database.dialect()),
                EngineWiring.tasksOf(tasks), placement,
                new MachineVitals(() -> status.runningRuns().get(), placement::presentEnvironments), audit, clock);
    }
}
