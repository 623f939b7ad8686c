package io.kumo.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Real runs with real log files in a core's store, and the rows as the table holds them, for the archive tests. */
final class ArchivedRuns {

    private final KumoCore core;
    private final Random random = new Random(20);

    ArchivedRuns(KumoCore core) {
        this.core = core;
    }

    /** A finished run with every optional column filled, and a log of random bytes (none when {@code logBytes} < 0). */
    Run finished(Task task, Instant scheduled, RunStatus status, int logBytes) throws IOException {
        Run run = new Run(task.getId(), task.getName(), TriggerKind.CRON, scheduled, status);
        run.setQueuedAt(scheduled.plusMillis(7));
        run.setStartedAt(scheduled.plusMillis(130));
        run.setEndedAt(scheduled.plusSeconds(5));
        run.setPid(4242L + random.nextInt(1000));
        run.setExitCode(status == RunStatus.SUCCESS ? 0 : 3);
        run.setPeakCpu(random.nextDouble() * 100);
        run.setPeakRss(1L << 27);
        run.setSamples("[[0,1.5,1024],[1000,87.25,2048]]");
        run.setError(status == RunStatus.SUCCESS ? null : "exit code 3: ValueError: bad input ünïcode");
        run.setErrorFingerprint(status == RunStatus.SUCCESS ? null : "0123456789abcdef0123456789abcdef01234567");
        run.setCpuMillis(1234L);
        run.setNode(core.database().shared() ? core.deployment().node().name() : null);
        StoreException.unchecked(() -> core.database().runs().create(run));
        if (logBytes >= 0) {
            Path log = core.dataDirectory().runLogs().resolve(task.getId().toString()).resolve(run.getId() + ".log");
            Files.createDirectories(log.getParent());
            byte[] bytes = new byte[logBytes];
            random.nextBytes(bytes);
            Files.write(log, bytes);
            run.setLogPath(log.toString());
            StoreException.unchecked(() -> core.database().runs().update(run));
        }
        return run;
    }

    /** Every column of the runs, by id, as the table gives them. */
    List<ObjectNode> rows(List<Run> runs) {
        RunRows rows = new RunRows(new ObjectMapper());
        String ids = String.join(",", runs.stream().map(run -> run.getId().toString()).toList());
        return StoreException.unchecked(() -> core.database().withConnection(connection -> {
            List<ObjectNode> found = new ArrayList<>();
            try (var statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT * FROM runs WHERE id IN (" + ids + ") ORDER BY id")) {
                while (result.next()) {
                    found.add(rows.toJson(result));
                }
            }
            return found;
        }));
    }

    long count() {
        return StoreException.unchecked(() -> core.database().runs().countOf());
    }
}
