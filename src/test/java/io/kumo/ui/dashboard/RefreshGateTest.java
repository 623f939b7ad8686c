package io.kumo.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Live updates run only while the pane is shown and its window is not minimised. */
class RefreshGateTest {

    @Test
    void opensOnlyWhileShownAndNotIconified() {
        RefreshGate gate = new RefreshGate();
        assertThat(gate.openProperty().get()).isFalse();

        gate.setShown(true);
        assertThat(gate.openProperty().get()).isTrue();

        gate.iconifiedProperty().set(true);
        assertThat(gate.openProperty().get()).isFalse();

        gate.iconifiedProperty().set(false);
        assertThat(gate.openProperty().get()).isTrue();

        gate.setShown(false);
        assertThat(gate.openProperty().get()).isFalse();
    }
}
