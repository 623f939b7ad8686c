package io.kumo.isolation.sandbox;

import io.kumo.common.Lazy;
import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.SandboxConfiner;
import io.kumo.supervisor.RunConfinement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs a task in bubblewrap (Linux): see {@link BubblewrapArguments} for what the run sees. Usable when {@code bwrap}
 * is found and can make its namespaces here, which a trivial command in the same kind of sandbox proves once.
 */
public final class Bubblewrap implements SandboxConfiner {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final Optional<Path> program;
    private final Lazy<Optional<String>> unavailable;

    Bubblewrap(HostCommands host, String os) {
        this.program = os.startsWith("Linux") ? host.find("bwrap", "/usr/bin/bwrap") : Optional.empty();
        this.unavailable = new Lazy<>(() -> probe(host, os));
    }

    /** Looks for the program on this machine once (it is tried on first use). */
    public static SandboxConfiner detect() {
        return new Bubblewrap(HostCommands.system(), System.getProperty("os.name"));
    }

    @Override
    public RunConfinement confine(ConfinementRequest request) {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException("the bubblewrap sandbox cannot be used: " + reason);
        });
        BubblewrapArguments arguments = new BubblewrapArguments(program.orElseThrow());
        return new RunConfinement() {
            @Override
            public List<String> wrap(List<String> resolvedArgv) {
                return arguments.wrap(request, resolvedArgv);
            }

            @Override
            public String describe() {
                return "sandbox: bubblewrap (project read-only, OUTPUT_DIR writable, no home directory, network "
                        + (request.sandbox().network() ? "on" : "off") + ")";
            }
        };
    }

    @Override
    public Optional<String> unavailableReason() {
        return unavailable.get();
    }

    private Optional<String> probe(HostCommands host, String os) {
        if (!os.startsWith("Linux")) {
            return Optional.of("bubblewrap runs on Linux only");
        }
        if (program.isEmpty()) {
            return Optional.of("bubblewrap is not installed (install the package bubblewrap)");
        }
        HostCommands.Result result = host.run(List.of(program.get().toString(), "--die-with-parent", "--ro-bind", "/", "/",
                "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--", "/bin/true"), PROBE_TIMEOUT);
        if (!result.succeeded()) {
            return Optional.of("bubblewrap is installed but cannot create its namespaces here (" + oneLine(result.output())
                    + "); allow unprivileged user namespaces or run without a sandbox");
        }
        return Optional.empty();
    }

    private static String oneLine(String output) {
        String line = output.lines().filter(text -> !text.isBlank()).findFirst().orElse("no message");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
