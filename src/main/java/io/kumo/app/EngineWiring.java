package io.kumo.app;

import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.engine.EngineExecutors;
import io.kumo.engine.EngineServices;
import io.kumo.engine.EngineTasks;
import io.kumo.engine.LaunchContext;
import io.kumo.engine.LaunchSpecFactory;
import io.kumo.engine.NodeSeat;
import io.kumo.engine.ResourceSampler;
import io.kumo.engine.RunStore;
import io.kumo.service.AuditedRepository;
import io.kumo.isolation.DefaultLimits;
import io.kumo.settings.ProxyEnvironment;
import io.kumo.settings.Settings;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.workflow.engine.StepLookups;
import io.kumo.workflow.engine.WorkflowEngine;
import io.kumo.workflow.engine.WorkflowEngineServices;
import io.kumo.workflow.service.WorkflowService;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds an engine on the core's services: the one place that knows which service plays which collaborator. */
final class EngineWiring {

    private static final long MEGABYTE = 1024L * 1024;

    private EngineWiring() {
    }

    /** An engine sitting on the core's seat: this machine alone, or the node's cluster membership. */
    static Engine build(KumoCore core, ProcessLauncher launcher, Map<String, String> baseEnvironment) {
        LaunchContext launch = new LaunchContext(core.dataDirectory().root(), core.dataDirectory().runLogs(),
                core.projects()::findById, core.environments()::findById, baseEnvironment,
                () -> ProxyEnvironment.of(core.settings()), () -> core.mirrors().taskEnvironment(),
                () -> core.variableService().forRuns(), () -> core.settings().get(Settings.LOG_CAP_MB) * MEGABYTE,
                () -> DefaultLimits.of(core.settings()), core::confiners);
        return new Engine(new EngineServices(core.clock(), tasksOf(core.tasks()), new RunStore(core.database()),
                core.audit(), core.settings(), core.engineStatus(), core.storage().state(), launcher,
                new LaunchSpecFactory(launch, new io.kumo.git.GitRunCheckouts(core.gitProjects())), new ResourceSampler(), EngineExecutors.named(), core.seat(), core.conditions()));
    }

    /**
     * The workflow engine on {@code engine}: it follows the engine's start, pause and close, and the workflow service
     * sends it runs, stops, re-runs and schedule changes from now on.
     */
    static WorkflowEngine workflows(KumoCore core, Engine engine, ProcessLauncher launcher, Map<String, String> baseEnvironment) {
        WorkflowService service = core.workflowService();
        WorkflowEngine workflows = new WorkflowEngine(new WorkflowEngineServices(engine, core.clock(), core.database(),
                core.dataDirectory().root(), launcher, baseEnvironment, new CoreStepLookups(core), service::all, service.events(),
                core.audit()));
        service.runWith(workflows);
        return workflows;
    }

    /** Names steps use, resolved among the core's projects, environments and tasks. */
    private record CoreStepLookups(KumoCore core) implements StepLookups {
        @Override
        public Optional<Long> projectId(String name) {
            return core.projects().findByName(name).map(Project::getId);
        }

        @Override
        public Optional<Long> environmentId(String name) {
            return core.environments().findByName(name).map(PythonEnvironment::getId);
        }

        @Override
        public Optional<Task> task(String name) {
            return core.tasks().findByName(name);
        }
    }

    static EngineTasks tasksOf(AuditedRepository<Task> repository) {
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
