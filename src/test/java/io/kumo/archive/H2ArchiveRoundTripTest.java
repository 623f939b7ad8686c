package io.kumo.archive;

import io.kumo.app.KumoCore;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.time.Clock;

/** {@link ArchiveRoundTripContract} on H2, the default store. */
class H2ArchiveRoundTripTest extends ArchiveRoundTripContract {

    @Override
    KumoCore openCore(Path dataDir, Clock clock) {
        return TestCores.open(dataDir, clock);
    }
}
