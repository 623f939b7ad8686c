package io.kumo.ui.settings;

import io.kumo.ui.common.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.api.CreatedHook;
import io.kumo.api.HookTarget;
import io.kumo.api.HookTrigger;
import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trigger URLs as the Settings pane keeps them, on a real core's hook service. */
class ApiHooksModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    RecordingDialogs dialogs = new RecordingDialogs();
    ApiHooksModel hooks;
    final List<CreatedHook> created = new ArrayList<>();
    final List<String> refused = new ArrayList<>();

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        core.taskService().create(new Task("report", "/bin/true"));
        core.taskService().create(new Task("Backup", "/bin/true"));
        hooks = new ApiHooksModel(core.hooks(), () -> core.taskService().list().stream().map(Task::getName).toList(),
                () -> List.of(), new SameThreadBackground(), dialogs);
        hooks.refresh();
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void theTargetsAreTheTasksAndWorkflowsByName() {
        List<ApiHooksModel.Targets> loaded = new ArrayList<>();
        hooks.loadTargets(loaded::add);

        assertThat(loaded.getFirst().of(HookTarget.Kind.TASK)).containsExactly("Backup", "report");
        assertThat(loaded.getFirst().of(HookTarget.Kind.WORKFLOW)).isEmpty();
    }

    @Test
    void aCreatedTriggerIsListedWithItsPathAndItsSecretOpensIt() {
        hooks.create(HookTarget.Kind.TASK, "report", created::add, refused::add);

        assertThat(refused).isEmpty();
        HookTrigger listed = hooks.rows().getFirst();
        assertThat(listed.target().name()).isEqualTo("report");
        assertThat(listed.path()).startsWith("/api/v1/hooks/").isEqualTo(created.getFirst().hook().path());
        assertThat(hooks.selectedProperty().get()).isEqualTo(listed);
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertThat(core.hooks().verify(listed.publicId(), Optional.of(created.getFirst().secret()), Optional.empty(), body)
                .publicId()).isEqualTo(listed.publicId());
    }

    @Test
    void anUnknownTargetIsRefusedInOneLine() {
        hooks.create(HookTarget.Kind.WORKFLOW, "nightly", created::add, refused::add);

        assertThat(created).isEmpty();
        assertThat(refused).singleElement().asString().contains("nightly");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void removeAfterConfirmingTakesTheTriggerAway() {
        hooks.create(HookTarget.Kind.TASK, "report", created::add, refused::add);

        hooks.remove();

        assertThat(dialogs.asked).singleElement().asString().contains("report");
        assertThat(hooks.rows()).isEmpty();
        assertThat(core.hooks().list()).isEmpty();
    }
}
