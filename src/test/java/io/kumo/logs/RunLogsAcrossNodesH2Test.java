package io.kumo.logs;

import io.kumo.store.Database;
import java.nio.file.Path;

/** Run logs across nodes on the embedded H2 database (both "nodes" on one file). */
class RunLogsAcrossNodesH2Test extends RunLogsAcrossNodesContract {

    @Override
    Database openDatabase(Path folder) {
        return Database.open(folder);
    }
}
