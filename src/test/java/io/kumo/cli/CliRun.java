package io.kumo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.app.DeploymentResolver;
import io.kumo.config.DataDirectoryResolver;
import io.kumo.instance.LockWait;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@code kumo} commands in-process on one data directory and keeps the last command's output. */
final class CliRun {

    /** The host name the database and node options see with an environment given. */
    static final String HOST = "testhost";

    private final Path dataDir;
    private final Map<String, String> environment;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    CliRun(Path dataDir) {
        this(dataDir, null);
    }

    /** @param environment what the database and node options read instead of this process's environment */
    CliRun(Path dataDir, Map<String, String> environment) {
        this.dataDir = dataDir;
        this.environment = environment;
    }

    int kumo(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        var resolver = new DataDirectoryResolver(Map.of("KUMO_HOME", dataDir.toString()), "Linux", dataDir);
        KumoCommand.DesktopStarter desktop = (core, minimized, e) -> ExitCodes.OK;
        if (environment != null) {
            return new KumoCli(resolver, new DeploymentResolver(environment, () -> HOST), desktop, new PrintWriter(out, true),
                    new PrintWriter(err, true), LockWait.Policy.DEFAULT).run(args);
        }
        return new KumoCli(resolver, desktop, new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + out, e);
        }
    }
}
