package io.kumo.app;

import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.engine.EngineExecutors;
import io.kumo.engine.EngineServices;
import io.kumo.engine.EngineTasks;
import io.kumo.engine.LaunchContext;
import io.kumo.engine.LaunchSpecFactory;
import io.kumo.engine.ResourceSampler;
import io.kumo.engine.RunStore;
import io.kumo.service.AuditedRepository;
import io.kumo.settings.ProxyEnvironment;
import io.kumo.settings.Settings;
import io.kumo.supervisor.ProcessLauncher;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds an engine on the core's services: the one place that knows which service plays which collaborator. */
final class EngineWiring {

    private static final long MEGABYTE = 1024L * 1024;

    private EngineWiring() {
    }

    static Engine build(KumoCore core, ProcessLauncher launcher, Map<String, String> baseEnvironment) {
        LaunchContext launch = new LaunchContext(core.dataDirectory().root(), core.dataDirectory().runLogs(),
                core.projects()::findById, core.environments()::findById, baseEnvironment,
                () -> ProxyEnvironment.of(core.settings()), () -> core.mirrors().taskEnvironment(),
                () -> core.variableService().forRuns(), () -> core.settings().get(Settings.LOG_CAP_MB) * MEGABYTE);
        return new Engine(new EngineServices(core.clock(), tasksOf(core.tasks()), new RunStore(core.database()),
                core.audit(), core.settings(), core.engineStatus(), core.storage().state(), launcher,
                new LaunchSpecFactory(launch), new ResourceSampler(), EngineExecutors.named()));
    }

    private static EngineTasks tasksOf(AuditedRepository<Task> repository) {
        return new EngineTasks() {
            @Override
            public Optional<Task> find(long id) {
                return repository.findById(id);
            }

            @Override
            public List<Task> all() {
                return repository.list();
            }
        };
    }
}
