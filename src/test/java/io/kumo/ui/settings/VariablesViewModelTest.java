package io.kumo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.secrets.VariableService;
import io.kumo.secrets.VariableService.VariableView;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.FxThread;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Global variables as the Settings pane keeps them: secrets masked until revealed, one at a time; a real store. */
class VariablesViewModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    VariablesViewModel variables;

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start(); // a revealed value hides itself after a PauseTransition
    }

    @BeforeEach
    void open() throws Exception {
        core = TestCores.open(dir);
        core.variableService().set("API_TOKEN", "s3cret", true, "");
        core.variableService().set("REGION", "eu-west-1", false, "");
        // dialogs are only for failures and removals, which these tests do not reach
        variables = FxThread.call(() -> new VariablesViewModel(core.variableService(), new SameThreadBackground(), null));
        FxThread.call(() -> {
            variables.refresh();
            return null;
        });
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aSecretIsListedMaskedUntilRevealed() throws Exception {
        VariableView token = row("API_TOKEN");

        String before = FxThread.call(() -> variables.shownValue(token));
        String after = FxThread.call(() -> {
            variables.select(token);
            variables.reveal();
            return variables.shownValue(token);
        });

        assertThat(before).isEqualTo(VariableService.MASK);
        assertThat(after).isEqualTo("s3cret");
    }

    @Test
    void selectingAnotherVariableHidesTheRevealedValue() throws Exception {
        VariableView token = row("API_TOKEN");

        String shown = FxThread.call(() -> {
            variables.select(token);
            variables.reveal();
            variables.select(row("REGION"));
            return variables.shownValue(token);
        });

        assertThat(shown).isEqualTo(VariableService.MASK);
        assertThat(FxThread.call(() -> variables.revealedProperty().get())).isNull();
    }

    @Test
    void savingASecretWithoutANewValueKeepsTheOldOne() throws Exception {
        String status = FxThread.call(() -> {
            variables.save(new VariableDraft("API_TOKEN", null, true, "rotated monthly", true));
            return variables.status().textProperty().get();
        });

        assertThat(status).isEqualTo("Saved API_TOKEN");
        assertThat(core.variableService().reveal("API_TOKEN")).isEqualTo("s3cret");
        assertThat(row("API_TOKEN").description()).isEqualTo("rotated monthly");
        assertThat(FxThread.call(() -> variables.selectedProperty().get().name())).isEqualTo("API_TOKEN");
    }

    private VariableView row(String name) throws Exception {
        return FxThread.call(() -> variables.rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow());
    }
}
