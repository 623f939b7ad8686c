package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.cluster.NodeLabels;
import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A task's labels follow the node labels' rules (NodeLabels), which this package may not call. */
class TaskLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"gpu", "GPU, eu", "a.b_c-d", "x,,y", "  ", "9lives", "-dash", "_x", "no!", "é", "a b c",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxy"})
    void acceptsAndRefusesWhatNodeLabelsDo(String text) {
        String nodeLabels;
        try {
            nodeLabels = NodeLabels.format(NodeLabels.parse(text));
        } catch (ValidationException e) {
            assertThatThrownBy(() -> TaskLabels.normalize(List.of(text))).isInstanceOf(ValidationException.class)
                    .hasMessage("on-label: " + e.getMessage());
            return;
        }
        assertThat(TaskLabels.normalize(List.of(text))).isEqualTo(nodeLabels);
    }

    @Test
    void tooManyLabelsAreRefusedAsNodeLabelsRefuseThem() {
        String many = IntStream.range(0, NodeLabels.MAX_LABELS + 1).mapToObj(i -> "l" + i).collect(Collectors.joining(","));
        assertThatThrownBy(() -> NodeLabels.parse(many)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TaskLabels.normalize(List.of(many))).hasMessage("on-label: at most 20 labels, not 21");
    }

    @Test
    void aSaveWithLabelsNotInStoredFormIsRefused() {
        TaskRules rules = new TaskRules(Clock.systemUTC(), Path.of("/"), id -> Optional.empty());
        Task task = new Task("train", "python train.py");
        task.setTriggerType(TriggerType.MANUAL);
        task.setNodeLabels("eu,gpu");
        assertThatCode(() -> rules.check(task, null)).doesNotThrowAnyException();
        task.setNodeLabels("gpu,Bad!");
        assertThatThrownBy(() -> rules.check(task, null)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("on-label: label 'Bad!' is not valid");
        task.setNodeLabels("gpu,eu");
        assertThatThrownBy(() -> rules.check(task, null)).hasMessageContaining("not in stored form");
    }
}
