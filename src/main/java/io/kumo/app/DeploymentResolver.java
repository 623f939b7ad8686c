package io.kumo.app;

import io.kumo.cluster.ConnectionFile;
import io.kumo.cluster.ConnectionSettings;
import io.kumo.cluster.NodeConfig;
import io.kumo.cluster.NodeLabels;
import io.kumo.common.ValidationException;
import io.kumo.config.DataDirectory;
import io.kumo.schedule.Durations;
import io.kumo.store.DatabaseTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which database and node a Kumo process works as, from the command line's options, then the environment, then the
 * saved connection ({@link ConnectionFile}), then the defaults (the data directory's embedded H2, named after the host).
 * The password never comes from an option: it would show in {@code ps}. A bad value is refused with a message naming
 * where it came from: "--db-url: unsupported database URL …", "KUMO_NODE: …".
 */
public final class DeploymentResolver {

    public static final String DB_URL = "KUMO_DB_URL";
    public static final String DB_USER = "KUMO_DB_USER";
    public static final String DB_PASSWORD = "KUMO_DB_PASSWORD";
    public static final String NODE = "KUMO_NODE";
    public static final String NODE_LABELS = "KUMO_NODE_LABELS";
    public static final String SECRET_KEY_FILE = "KUMO_SECRET_KEY_FILE";
    public static final int MAX_RUNS_LIMIT = 1000;
    public static final Duration LEASE_MIN = Duration.ofSeconds(5);
    public static final Duration LEASE_MAX = Duration.ofMinutes(10);
    private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern USER_IN_URL = Pattern.compile("(?i)[?&]user=");
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)[?&]password=");

    /**
     * What the command line gave; null: not given.
     *
     * @param headless a headless node always runs tasks; a window runs them unless the saved connection says not
     */
    public record Options(String dbUrl, String node, String labels, Integer maxRuns, String lease, Path secretKey,
                          boolean headless) {

        /** Nothing given: the environment, the saved connection and the defaults decide. */
        public static Options none(boolean headless) {
            return new Options(null, null, null, null, null, null, headless);
        }
    }

    private final Map<String, String> environment;
    private final Supplier<String> hostName;

    public DeploymentResolver(Map<String, String> environment, Supplier<String> hostName) {
        this.environment = Map.copyOf(environment);
        this.hostName = hostName;
    }

    /** @throws ValidationException naming the option, variable or file a bad value came from */
    public Deployment resolve(DataDirectory dataDirectory, Options options) {
        ConnectionFile connectionFile = new ConnectionFile(dataDirectory.connectionFile());
        Optional<ConnectionSettings> saved = connectionFile.load();
        DatabaseTarget database = database(dataDirectory, options, saved);
        String name = nodeName(options, saved);
        Set<String> labels = labels(options, saved);
        boolean runsTasks = options.headless() || saved.map(ConnectionSettings::runsTasks).orElse(true);
        NodeConfig node = NodeConfig.named(name, labels, runsTasks, maxRuns(options.maxRuns()), lease(options.lease()));
        return new Deployment(database, node, secretKey(dataDirectory, options));
    }

    /** "Kumo node a on PostgreSQL jdbc:postgresql://db/kumo (user kumo) (labels: gpu, eu)": headless prints it at start. */
    public static String describe(Deployment deployment) {
        NodeConfig node = deployment.node();
        String where = deployment.database() instanceof DatabaseTarget.Server server ? "PostgreSQL " + server.describe()
                : deployment.database().describe();
        return "Kumo node " + node.name() + " on " + where + " (labels: "
                + (node.labels().isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(node.labels()))) + ")";
    }

    private DatabaseTarget database(DataDirectory dataDirectory, Options options, Optional<ConnectionSettings> saved) {
        if (options.dbUrl() != null) {
            return server("--db-url", options.dbUrl(), saved);
        }
        Optional<String> fromEnvironment = variable(DB_URL);
        if (fromEnvironment.isPresent()) {
            return server(DB_URL, fromEnvironment.get(), saved);
        }
        if (saved.isPresent()) {
            return server(dataDirectory.connectionFile().toString(), saved.get().url(), saved);
        }
        return new DatabaseTarget.Embedded(dataDirectory.database());
    }

    /** The user and password: in the URL, else the environment's, else the saved ones when saved for this very URL. */
    private DatabaseTarget server(String source, String url, Optional<ConnectionSettings> saved) {
        Optional<ConnectionSettings> sameServer = saved.filter(settings -> settings.url().strip().equals(url.strip()));
        String user = USER_IN_URL.matcher(url).find() ? null
                : variable(DB_USER).orElse(sameServer.map(ConnectionSettings::user).orElse(null));
        String password = PASSWORD_IN_URL.matcher(url).find() ? null
                : Optional.ofNullable(environment.get(DB_PASSWORD)).filter(value -> !value.isEmpty())
                        .orElse(sameServer.map(ConnectionSettings::password).orElse(null));
        try {
            return DatabaseTarget.server(url, user, password);
        } catch (ValidationException e) {
            throw new ValidationException(source + ": " + e.getMessage());
        }
    }

    private String nodeName(Options options, Optional<ConnectionSettings> saved) {
        if (options.node() != null) {
            return checkedName("--node", options.node());
        }
        Optional<String> fromEnvironment = variable(NODE);
        if (fromEnvironment.isPresent()) {
            return checkedName(NODE, fromEnvironment.get());
        }
        Optional<String> fromFile = saved.map(ConnectionSettings::nodeName);
        if (fromFile.isPresent()) {
            return checkedName("the saved connection's node", fromFile.get());
        }
        String host = hostName.get();
        if (!NODE_NAME.matcher(host).matches()) {
            throw new ValidationException("the host name '" + host + "' is not a valid node name: give --node NAME");
        }
        return host;
    }

    private static String checkedName(String source, String name) {
        if (!NODE_NAME.matcher(name).matches()) {
            throw new ValidationException(source + ": '" + name + "' is not a valid node name: 1-100 letters, digits "
                    + "and . _ -");
        }
        return name;
    }

    private Set<String> labels(Options options, Optional<ConnectionSettings> saved) {
        if (options.labels() != null) {
            return parseLabels("--labels", options.labels());
        }
        Optional<String> fromEnvironment = variable(NODE_LABELS);
        if (fromEnvironment.isPresent()) {
            return parseLabels(NODE_LABELS, fromEnvironment.get());
        }
        return saved.map(ConnectionSettings::labels).orElse(Set.of());
    }

    private static Set<String> parseLabels(String source, String text) {
        try {
            return NodeLabels.parse(text);
        } catch (ValidationException e) {
            throw new ValidationException(source + ": " + e.getMessage());
        }
    }

    private static OptionalInt maxRuns(Integer given) {
        if (given == null) {
            return OptionalInt.empty();
        }
        if (given < 1 || given > MAX_RUNS_LIMIT) {
            throw new ValidationException("--max-runs: must be between 1 and " + MAX_RUNS_LIMIT + " (not " + given + ")");
        }
        return OptionalInt.of(given);
    }

    private static Duration lease(String given) {
        if (given == null) {
            return NodeConfig.DEFAULT_LEASE;
        }
        Duration lease = Durations.parseAtMost("--lease", given, LEASE_MAX);
        if (lease.compareTo(LEASE_MIN) < 0) {
            throw new ValidationException("--lease: at least " + Durations.format(LEASE_MIN) + " (not " + given.strip() + ")");
        }
        return lease;
    }

    private Path secretKey(DataDirectory dataDirectory, Options options) {
        if (options.secretKey() != null) {
            return options.secretKey().toAbsolutePath().normalize();
        }
        return variable(SECRET_KEY_FILE).map(file -> Path.of(file).toAbsolutePath().normalize())
                .orElse(dataDirectory.secretKeyFile());
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank()).map(String::strip);
    }
}
