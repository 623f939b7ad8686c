package io.kumo.python;

import io.kumo.audit.AuditService;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Interpreter;
import io.kumo.domain.PypiMirror;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.service.AuditedRepository;
import io.kumo.settings.ProxyEnvironment;
import io.kumo.settings.SettingsService;
import io.kumo.store.Database;
import io.kumo.supervisor.OsProcessLauncher;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The Python side of Kumo wired together: interpreters, environments, packages and mirrors. */
public record PythonServices(InterpreterService interpreters, EnvironmentService environments, PackageService packages,
                             MirrorService mirrors, Supplier<MirrorProbe> mirrorProbe) {

    /**
     * @param userEnvironment the environment tools start from and discovery reads (PATH, PYENV_ROOT, CONDA_EXE...)
     */
    public static PythonServices create(DataDirectory data, Database database, AuditedRepository<PythonEnvironment> environments,
                                        AuditedRepository<Task> tasks, AuditedRepository<Interpreter> interpreters,
                                        AuditedRepository<PypiMirror> mirrorRepository, SettingsService settings,
                                        AuditService audit, Clock clock, Map<String, String> userEnvironment) {
        ToolRunner runner = new ToolRunner(new OsProcessLauncher(), userEnvironment);
        DiscoveryContext context = DiscoveryContext.ofThisMachine(userEnvironment, runner);
        InterpreterDiscovery discovery = new InterpreterDiscovery(context);
        InterpreterProbe probe = new InterpreterProbe(runner);
        CondaLocator condaLocator = new CondaLocator(context, discovery);
        Supplier<Optional<CondaTool>> conda = condaLocator::find;
        Supplier<Map<String, String>> proxy = () -> ProxyEnvironment.of(settings);
        EnvironmentLeases leases = new EnvironmentLeases();
        MirrorService mirrors = new MirrorService(mirrorRepository, database.mirrors());
        return new PythonServices(
                new InterpreterService(discovery, probe, interpreters),
                new EnvironmentService(data, environments, tasks, runner, probe, conda, proxy, clock, leases),
                new PackageService(runner, mirrors, conda, proxy, data.installLogs(), clock, leases,
                        new PackageChangeAudit(audit)),
                mirrors,
                () -> new MirrorProbe(proxy.get()));
    }
}
