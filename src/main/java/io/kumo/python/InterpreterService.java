package io.kumo.python;

import io.kumo.common.ValidationException;
import io.kumo.domain.Interpreter;
import io.kumo.service.AuditedRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interpreters Kumo can build environments from: those discovered on the machine (probed in parallel, each run
 * once) and those the user registered by path.
 */
public final class InterpreterService {

    private static final Logger LOG = LoggerFactory.getLogger(InterpreterService.class);

    private final InterpreterDiscovery discovery;
    private final InterpreterProbe probe;
    private final AuditedRepository<Interpreter> registered;

    public InterpreterService(InterpreterDiscovery discovery, InterpreterProbe probe, AuditedRepository<Interpreter> registered) {
        this.discovery = discovery;
        this.probe = probe;
        this.registered = registered;
    }

    public InterpreterProbe probe() {
        return probe;
    }

    public InterpreterDiscovery discovery() {
        return discovery;
    }

    /**
     * Every working interpreter: registered ones first, then discovered ones; each probed now (a few hundred ms per
     * interpreter, in parallel). Candidates that fail to run are left out and logged.
     */
    public List<InterpreterInfo> list() {
        Map<String, InterpreterKind> candidates = new LinkedHashMap<>();
        registered.list().forEach(interpreter -> candidates.put(interpreter.getPath(), InterpreterKind.REGISTERED));
        discovery.candidates().forEach(candidate -> candidates.putIfAbsent(candidate.path().toString(), candidate.kind()));
        List<InterpreterInfo> working = new ArrayList<>();
        try (ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<InterpreterInfo>> answers = candidates.entrySet().stream()
                    .map(entry -> probes.submit(() -> probe.probe(Path.of(entry.getKey()), entry.getValue()))).toList();
            for (Future<InterpreterInfo> answer : answers) {
                try {
                    working.add(answer.get());
                } catch (ExecutionException e) {
                    LOG.info("Interpreter left out: {}", e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return working;
    }

    /**
     * An interpreter given as a path, or as a program name looked up on PATH ({@code python3.12}).
     *
     * @throws ValidationException when a bare name is not on PATH
     */
    public Path locate(String pathOrName) {
        if (pathOrName.contains("/") || pathOrName.contains("\\")) {
            return Path.of(pathOrName);
        }
        return discovery.context().findOnPath(pathOrName)
                .orElseThrow(() -> new ValidationException("no '" + pathOrName + "' found on PATH"));
    }

    /** Probes the file and keeps it; a file that is not a working interpreter is refused with the probe's message. */
    public InterpreterInfo register(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        InterpreterInfo info = probe.probe(absolute, InterpreterKind.REGISTERED);
        if (registered.findByName(absolute.toString()).isPresent()) {
            throw new ValidationException(absolute + " is already registered");
        }
        Interpreter interpreter = new Interpreter(absolute.toString());
        interpreter.setPythonVersion(info.version());
        interpreter.setImplementation(info.implementation());
        interpreter.setArchitecture(info.architecture());
        interpreter.setPipAvailable(info.pipAvailable());
        registered.create(interpreter);
        return info;
    }

    public void unregister(Path path) {
        Interpreter interpreter = registered.findByName(path.toAbsolutePath().normalize().toString())
                .orElseThrow(() -> new ValidationException(path + " is not a registered interpreter"));
        registered.delete(interpreter.getId());
    }

    public List<Interpreter> registered() {
        return registered.list();
    }
}
