package io.kumo.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunLinkTest {

    @Test
    void readsBackTheLinksAlertsCarry() {
        assertThat(RunLink.parse("kumo://run/42")).contains(RunLink.run(42));
        assertThat(RunLink.parse(" kumo://workflow-run/7/ ")).contains(RunLink.workflowRun(7));
        assertThat(RunLink.run(42).url()).isEqualTo("kumo://run/42");
        assertThat(RunLink.workflowRun(7).url()).isEqualTo("kumo://workflow-run/7");
    }

    @Test
    void refusesAnythingElse() {
        assertThat(RunLink.parse("kumo://run/0")).isEmpty();
        assertThat(RunLink.parse("kumo://task/3")).isEmpty();
        assertThat(RunLink.parse("https://example.com/run/3")).isEmpty();
        assertThat(RunLink.parse("kumo://run/3?x=1")).isEmpty();
        assertThat(RunLink.parse(null)).isEmpty();
    }
}
