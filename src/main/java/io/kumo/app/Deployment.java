package io.kumo.app;

import io.kumo.cluster.NodeConfig;
import io.kumo.config.DataDirectory;
import io.kumo.store.DatabaseTarget;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a Kumo process keeps its data and how it joins others: the database (the data directory's embedded H2, or a
 * PostgreSQL server shared by a cluster), this node's configuration, and the key that seals secrets (every node of a
 * cluster needs the same key). The CLI resolves it from {@code --db-url}, {@code KUMO_DB_URL}, the saved connection and
 * the defaults ({@code io.kumo.cli.DeploymentResolver}).
 */
public record Deployment(DatabaseTarget database, NodeConfig node, Path secretKeyFile) {

    public Deployment {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(secretKeyFile, "secretKeyFile");
    }

    /** One machine alone: the embedded database in the data directory, named after the host. */
    public static Deployment local(DataDirectory dataDirectory) {
        return new Deployment(new DatabaseTarget.Embedded(dataDirectory.database()), NodeConfig.solo(),
                dataDirectory.secretKeyFile());
    }

    /** Whether several nodes share the database. */
    public boolean clustered() {
        return database.shared();
    }
}
