package io.kumo.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.common.RunLink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowRequestsTest {

    @Test
    void showRunBringsTheWindowForwardAndHandsItTheLink() {
        WindowRequests requests = new WindowRequests();
        List<Object> told = new ArrayList<>();
        requests.register(() -> told.add("forward"));
        requests.registerRunViewer(told::add);

        assertThat(requests.showRun(RunLink.run(5))).isTrue();
        assertThat(told).containsExactly("forward", RunLink.run(5));
    }

    @Test
    void withoutAWindowShowRunSaysSo() {
        WindowRequests requests = new WindowRequests();
        Runnable unregister = requests.registerRunViewer(link -> { });
        unregister.run();

        assertThat(requests.showRun(RunLink.workflowRun(3))).isFalse();
    }
}
