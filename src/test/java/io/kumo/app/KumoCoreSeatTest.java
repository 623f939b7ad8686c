package io.kumo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.cluster.NodeConfig;
import io.kumo.cluster.NodeInfo;
import io.kumo.cluster.NodeStatus;
import io.kumo.config.DataDirectory;
import io.kumo.instance.InstanceLock;
import io.kumo.store.DatabaseTarget;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One machine alone keeps the solo seat and the local directory, named as its deployment names the node. */
class KumoCoreSeatTest {

    @TempDir
    Path dir;

    @Test
    void aLocalCoreSitsAloneUnderItsNodesNameAndListsItselfAlive() {
        DataDirectory data = new DataDirectory(dir);
        data.ensureLayout();
        Deployment deployment = new Deployment(new DatabaseTarget.Embedded(data.database()),
                NodeConfig.named("desk", Set.of(), true, OptionalInt.empty(), Duration.ofSeconds(15)), data.secretKeyFile());

        try (KumoCore core = KumoCore.open(data, deployment, InstanceLock.acquire(data.lockFile()), Clock.systemUTC(),
                TestCores.ACTOR, Map.of())) {
            assertThat(core.seat().name()).isEqualTo("desk");
            assertThat(core.seat().clustered()).isFalse();
            assertThat(core.seat().holdsLease()).isTrue();
            assertThat(core.nodes().nodes()).extracting(NodeInfo::name, NodeInfo::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("desk", NodeStatus.ALIVE));
        }
    }
}
