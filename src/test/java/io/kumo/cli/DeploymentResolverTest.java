package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.Deployment;
import io.kumo.app.DeploymentResolver;
import io.kumo.app.DeploymentResolver.Options;
import io.kumo.cluster.ConnectionFile;
import io.kumo.cluster.ConnectionSettings;
import io.kumo.cluster.NodeConfig;
import io.kumo.common.ValidationException;
import io.kumo.config.DataDirectory;
import io.kumo.store.DatabaseTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flag, then environment, then the saved connection, then the defaults; bad values named by their source. */
class DeploymentResolverTest {

    private static final String FLAG_URL = "jdbc:postgresql://flag:5432/kumo";
    private static final String ENV_URL = "jdbc:postgresql://env:5432/kumo";
    private static final String FILE_URL = "jdbc:postgresql://file:5432/kumo";

    @TempDir
    Path dir;

    private final Map<String, String> environment = new HashMap<>();

    private DataDirectory data() {
        return new DataDirectory(dir);
    }

    private Deployment resolve(Options options) {
        return new DeploymentResolver(environment, () -> "host-1").resolve(data(), options);
    }

    private static Options flags(String url, String node, String labels) {
        return new Options(url, node, labels, null, null, null, true);
    }

    private void saveConnection(boolean runsTasks) {
        new ConnectionFile(data().connectionFile()).save(new ConnectionSettings(FILE_URL, "file-user", "file-pw",
                "file-node", Set.of("file"), runsTasks));
    }

    @Test
    void nothingGivenIsTheEmbeddedDatabaseNamedAfterTheHost() {
        Deployment deployment = resolve(Options.none(false));
        assertThat(deployment.database()).isEqualTo(new DatabaseTarget.Embedded(data().database()));
        assertThat(deployment.clustered()).isFalse();
        assertThat(deployment.node().name()).isEqualTo("host-1");
        assertThat(deployment.node().labels()).isEmpty();
        assertThat(deployment.node().runsTasks()).isTrue();
        assertThat(deployment.node().lease()).isEqualTo(NodeConfig.DEFAULT_LEASE);
        assertThat(deployment.secretKeyFile()).isEqualTo(data().secretKeyFile());
    }

    @Test
    void flagWinsOverEnvironmentWhichWinsOverTheSavedConnection() {
        saveConnection(true);
        environment.putAll(Map.of(DeploymentResolver.DB_URL, ENV_URL, DeploymentResolver.NODE, "env-node",
                DeploymentResolver.NODE_LABELS, "env"));
        Deployment flagged = resolve(flags(FLAG_URL, "flag-node", "flag"));
        assertThat(((DatabaseTarget.Server) flagged.database()).url()).isEqualTo(FLAG_URL);
        assertThat(flagged.node().name()).isEqualTo("flag-node");
        assertThat(flagged.node().labels()).containsExactly("flag");

        Deployment fromEnvironment = resolve(Options.none(true));
        assertThat(((DatabaseTarget.Server) fromEnvironment.database()).url()).isEqualTo(ENV_URL);
        assertThat(fromEnvironment.node().name()).isEqualTo("env-node");
        assertThat(fromEnvironment.node().labels()).containsExactly("env");

        environment.clear();
        Deployment fromFile = resolve(Options.none(true));
        assertThat(fromFile.database()).isEqualTo(new DatabaseTarget.Server(FILE_URL, "file-user", "file-pw"));
        assertThat(fromFile.node().name()).isEqualTo("file-node");
        assertThat(fromFile.node().labels()).containsExactly("file");
    }

    @Test
    void credentialsComeFromTheEnvironmentAndTheSavedOnesOnlyForTheSavedServer() {
        saveConnection(true);
        assertThat(resolve(flags(FLAG_URL, null, null)).database()).isEqualTo(new DatabaseTarget.Server(FLAG_URL, null, null));
        assertThat(resolve(flags(FILE_URL, null, null)).database())
                .isEqualTo(new DatabaseTarget.Server(FILE_URL, "file-user", "file-pw"));
        environment.putAll(Map.of(DeploymentResolver.DB_USER, "env-user", DeploymentResolver.DB_PASSWORD, "env-pw"));
        assertThat(resolve(flags(FLAG_URL, null, null)).database())
                .isEqualTo(new DatabaseTarget.Server(FLAG_URL, "env-user", "env-pw"));
        String withCredentials = FLAG_URL + "?user=u&password=p";
        assertThat(resolve(flags(withCredentials, null, null)).database())
                .isEqualTo(new DatabaseTarget.Server(withCredentials, null, null));
    }

    @Test
    void theWindowRunsTasksUnlessTheSavedConnectionSaysNotAndAHeadlessNodeAlwaysDoes() {
        saveConnection(false);
        assertThat(resolve(Options.none(false)).node().runsTasks()).isFalse();
        assertThat(resolve(Options.none(true)).node().runsTasks()).isTrue();
    }

    @Test
    void maxRunsLeaseAndSecretKeyAreTaken() {
        Deployment deployment = resolve(new Options(null, null, null, 4, "1m", dir.resolve("keys/shared.key"), true));
        assertThat(deployment.node().maxRuns()).hasValue(4);
        assertThat(deployment.node().lease()).isEqualTo(Duration.ofMinutes(1));
        assertThat(deployment.node().heartbeat()).isEqualTo(Duration.ofSeconds(12));
        assertThat(deployment.secretKeyFile()).isEqualTo(dir.resolve("keys/shared.key"));
        environment.put(DeploymentResolver.SECRET_KEY_FILE, dir.resolve("env.key").toString());
        assertThat(resolve(Options.none(true)).secretKeyFile()).isEqualTo(dir.resolve("env.key"));
    }

    @Test
    void badValuesAreRefusedNamingWhereTheyCameFrom() {
        assertRefused(flags("jdbc:mysql://db/kumo", null, null), "--db-url: unsupported database URL");
        assertRefused(flags(null, "no spaces", null), "--node: 'no spaces' is not a valid node name");
        assertRefused(flags(null, "x".repeat(101), null), "--node: ");
        assertRefused(flags(null, null, "gpu,Bad!"), "--labels: label 'Bad!' is not valid");
        assertRefused(new Options(null, null, null, 0, null, null, true), "--max-runs: must be between 1 and 1000");
        assertRefused(new Options(null, null, null, 1001, null, null, true), "--max-runs: must be between 1 and 1000");
        assertRefused(new Options(null, null, null, null, "4s", null, true), "--lease: at least 5s");
        assertRefused(new Options(null, null, null, null, "11m", null, true), "--lease: at most 10m");
        assertRefused(new Options(null, null, null, null, "soon", null, true), "--lease: 'soon' is not a duration");
        environment.put(DeploymentResolver.DB_URL, "postgres://db/kumo");
        assertRefused(Options.none(true), "KUMO_DB_URL: unsupported database URL");
        environment.clear();
        environment.put(DeploymentResolver.NODE, "a/b");
        assertRefused(Options.none(true), "KUMO_NODE: 'a/b' is not a valid node name");
    }

    @Test
    void aHostNameThatIsNoNodeNameAsksForNode() {
        assertThatThrownBy(() -> new DeploymentResolver(Map.of(), () -> "bad host").resolve(data(), Options.none(true)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("give --node NAME");
    }

    @Test
    void theHeadlessLineNamesNodeDatabaseAndLabelsNeverThePassword() {
        Deployment deployment = resolve(new Options("jdbc:postgresql://db:5432/kumo?password=hunter2", "a", "gpu,eu",
                null, null, null, true));
        assertThat(DeploymentResolver.describe(deployment))
                .isEqualTo("Kumo node a on PostgreSQL jdbc:postgresql://db:5432/kumo?password=*** (labels: eu, gpu)");
        assertThat(DeploymentResolver.describe(resolve(Options.none(true))))
                .startsWith("Kumo node host-1 on embedded H2 database in ").endsWith("(labels: none)");
    }

    private void assertRefused(Options options, String message) {
        assertThatThrownBy(() -> resolve(options)).isInstanceOf(ValidationException.class).hasMessageStartingWith(message);
    }
}
