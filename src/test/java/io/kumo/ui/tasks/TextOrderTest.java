package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The task table sorts text as TableColumn's default comparator does. */
class TextOrderTest {

    @Test
    void sortsAsTheDefaultCollatorWithNullsFirst() {
        List<String> names = new ArrayList<>(Arrays.asList("task-10", "Éclair", "task-9", null, "apple", "Zebra", "eclair", "ápple"));
        List<String> expected = new ArrayList<>(names.subList(0, 3));
        expected.addAll(names.subList(4, names.size()));
        expected.sort(Collator.getInstance()::compare);
        expected.addFirst(null);

        names.sort(new TextOrder());

        assertThat(names).containsExactlyElementsOf(expected);
    }

    @Test
    void keysPreparedOnAnotherThreadSortTheSame() throws Exception {
        List<String> names = new ArrayList<>(Arrays.asList("task-10", "Éclair", "task-9", "apple", "Zebra", "eclair", "ápple"));
        List<String> expected = new ArrayList<>(names);
        expected.sort(Collator.getInstance()::compare);
        TextOrder order = new TextOrder();
        Thread preparing = Thread.ofVirtual().start(() -> order.prepare(names.toArray(String[]::new)));
        preparing.join();

        names.sort(order);

        assertThat(names).containsExactlyElementsOf(expected);
    }
}
