package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The task table's rows: many changed snapshots reach the listeners as one change. */
class TaskRowsTest {

    private static TaskRow row(long id) {
        return new TaskRow(new TaskItem(id, "task-" + id, null, "true", null, null, "Manual only", true, true, null, null,
                null, 0, 0, 0, List.of()));
    }

    @Test
    void updatedPositionsReachTheListenersInOneChange() {
        TaskRows rows = new TaskRows();
        rows.addAll(List.of(row(1), row(2), row(3), row(4), row(5)));
        List<List<Integer>> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<TaskRow>) change -> {
            List<Integer> updated = new ArrayList<>();
            while (change.next()) {
                for (int i = change.getFrom(); change.wasUpdated() && i < change.getTo(); i++) {
                    updated.add(i);
                }
            }
            changes.add(updated);
        });

        rows.updated(List.of(0, 2, 3));
        rows.updated(List.of());

        assertThat(changes).containsExactly(List.of(0, 2, 3));
    }

    @Test
    void aRowTakesAChangedSnapshotWithItsSearchTextAndIgnoresAnEqualOne() {
        TaskRow shown = row(1);
        TaskItem renamed = new TaskItem(1, "nightly-export", null, "true", null, null, "Manual only", true, true, null, null,
                null, 0, 0, 0, List.of());

        assertThat(shown.take(row(1))).isFalse();
        assertThat(shown.take(new TaskRow(renamed))).isTrue();
        assertThat(shown.item()).isEqualTo(renamed);
        assertThat(shown.searchText()).contains("nightly-export");
    }
}
