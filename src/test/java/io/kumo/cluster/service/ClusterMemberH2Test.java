package io.kumo.cluster.service;

import io.kumo.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The member's SQL and loops on the embedded H2 (several members sharing one file, as nodes share a server). */
class ClusterMemberH2Test extends ClusterMemberContract {

    @TempDir
    Path dir;

    @Override
    Database openDatabase() {
        return Database.open(dir);
    }
}
