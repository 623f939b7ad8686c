package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.storage.StoreException;
import io.kumo.testkit.KumoProcess;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory written by an older Kumo that accepted {@code --every 1000000000000w}: the packaged app still
 * starts, schedules the other tasks and answers for them.
 */
class PoisonedStoreIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void headlessStartsAndSchedulesTheOtherTasksBesideAnOverflowingOne() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "signals are a Unix affair");
        try (KumoCore core = TestCores.open(dataDir)) {
            Task good = new Task("good", "python3 -c pass");
            good.setTriggerType(TriggerType.CRON);
            good.setCronExpression("0 3 * * *");
            core.tasks().create(good);
            Task poisoned = new Task("poisoned", "python3 -c pass");
            poisoned.setTriggerType(TriggerType.INTERVAL);
            poisoned.setIntervalSeconds(1_000_000_000_000L * 7 * 86_400);
            poisoned.setAnchorAt(Instant.now().minusSeconds(3600));
            poisoned.setCreatedAt(Instant.now());
            poisoned.setUpdatedAt(Instant.now());
            StoreException.unchecked(() -> core.database().tasks().create(poisoned)); // as stored before validation
        }

        try (KumoProcess kumo = KumoProcess.start("--headless", "--data-dir", dataDir.toString())) {
            assertThat(kumo.nextLine(STARTUP)).as(kumo.stderr()).startsWith("Kumo running headless on " + dataDir);

            try (KumoProcess list = KumoProcess.start("--data-dir", dataDir.toString(), "task", "list", "--json")) {
                assertThat(list.waitForExit(STARTUP)).as(list.stderr()).isZero();
                JsonNode tasks = new ObjectMapper().readTree(list.remainingStdout());
                assertThat(tasks).hasSize(2);
                assertThat(tasks.get(0).get("name").asText()).isEqualTo("good");
                assertThat(tasks.get(0).get("next_fire").isNull()).isFalse();
                assertThat(tasks.get(1).get("next_fire").isNull()).isTrue();
            }

            kumo.signal("TERM");
            assertThat(kumo.waitForExit(Duration.ofSeconds(30))).isZero();
        }
    }
}
