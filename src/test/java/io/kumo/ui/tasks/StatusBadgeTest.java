package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import io.kumo.domain.RunStatus;
import io.kumo.ui.common.FxThread;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The last run's badge, as table cells reuse it for row after row. */
class StatusBadgeTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    private record Seen(Node before, Node after, String text, List<String> styles) {
    }

    private static TaskItem lastRun(RunStatus status) {
        return new TaskItem(1, "report", null, "true", null, null, "Manual only", true, true, null, status,
                Instant.parse("2026-03-02T06:00:00Z"), 1, status == RunStatus.SUCCESS ? 1 : 0, 0, List.of());
    }

    @Test
    void showingAnotherStatusKeepsItsIconNodeAndSwapsTheColours() throws Exception {
        Seen seen = FxThread.call(() -> {
            StatusBadge badge = new StatusBadge();
            badge.show(lastRun(RunStatus.SUCCESS));
            Node icon = badge.getGraphic();
            badge.show(lastRun(RunStatus.FAILED));
            return new Seen(icon, badge.getGraphic(), badge.getText(), List.copyOf(badge.getStyleClass()));
        });

        assertThat(seen.after()).isSameAs(seen.before());
        assertThat(seen.text()).isEqualTo("Failed");
        assertThat(seen.styles()).contains(Styles.DANGER, Styles.BG_DANGER_SUBTLE)
                .doesNotContain(Styles.SUCCESS, Styles.BG_SUCCESS_SUBTLE);
    }
}
