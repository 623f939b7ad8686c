package io.kumo.testkit;

import io.kumo.store.DatabaseTarget;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: the Debian {@code postgresql} package's {@code initdb} and {@code pg_ctl} in a
 * fresh folder under the temporary directory, on a free port of 127.0.0.1, trust authentication for user {@code kumo}.
 * {@code initdb} refuses root, so a test run as root runs them as the {@code postgres} user ({@code runuser}). Each
 * {@link #newDatabase()} is an empty database of its own. Durability is off ({@code fsync}, {@code synchronous_commit})
 * unless asked for: tests check behaviour, not the disk.
 *
 * <pre>
 * try (PostgresServer server = PostgresServer.start()) {
 *     DatabaseTarget.Server target = server.newDatabase();
 *     try (Database database = Database.open(target, storage)) { ... }
 * }
 * </pre>
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "kumo";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path folder, Path bin, int port, boolean asPostgresUser) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Whether this machine has PostgreSQL's server binaries (the Debian {@code postgresql} package). */
    public static boolean available() {
        return binaries() != null;
    }

    /** Starts a server with durability off. */
    public static PostgresServer start() throws IOException, InterruptedException {
        return start(false);
    }

    /** Starts a server; {@code durable}: fsync and synchronous commit on, as a production server runs (benchmarks). */
    public static PostgresServer start(boolean durable) throws IOException, InterruptedException {
        Path bin = binaries();
        if (bin == null) {
            throw new IllegalStateException("PostgreSQL's server binaries are not installed (apt-get install postgresql)");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("kumo-pg");
        if (root) {
            run(List.of("chown", "postgres:postgres", folder.toString()), false);
        }
        int port = freePort();
        PostgresServer server = new PostgresServer(folder, bin, port, root);
        Path data = folder.resolve("data");
        server.pg(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"));
        String options = "-c listen_addresses=127.0.0.1 -p " + port + " -k " + folder
                + " -c max_connections=300 -c shared_buffers=64MB"
                + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        server.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("server.log").toString(),
                "-o", options, "-w", "-t", "60", "start"));
        return server;
    }

    /** A new, empty database on this server, as a target Kumo opens. */
    public DatabaseTarget.Server newDatabase() {
        String name = "kumo_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return new DatabaseTarget.Server(url(name), USER, "");
    }

    /** The JDBC URL of {@code database} on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** The server's log, for a failing test's message. */
    public String log() {
        try {
            return Files.readString(folder.resolve("server.log"));
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    /** Stops the server ({@code pg_ctl stop -m immediate}) and deletes its folder. */
    @Override
    public void close() {
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            deleteTree(folder);
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean quietCwd) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (quietCwd) {
            builder.directory(Path.of("/").toFile()); // postgres may not enter the test's working folder
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in 120 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
        }
    }

    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString)).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
