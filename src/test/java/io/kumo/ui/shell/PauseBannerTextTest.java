package io.kumo.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.service.SchedulingPause;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What the paused-scheduling banner says, in the user's zone, with as much as is known. */
class PauseBannerTextTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void namesWhenInTheLocalZoneAndWho() {
        String text = PauseBannerViewModel.detail(new SchedulingPause.State(true, Instant.parse("2026-05-04T12:00:00Z"), "ann@box"), BERLIN);

        assertThat(text).startsWith("Since May 4, 2026, 2:00\u202fPM, by ann@box. No task starts on its schedule;");
    }

    @Test
    void leavesOutWhatTheAuditLogNoLongerSays() {
        assertThat(PauseBannerViewModel.detail(new SchedulingPause.State(true, null, null), BERLIN)).startsWith("No task starts");
        assertThat(PauseBannerViewModel.detail(new SchedulingPause.State(true, null, "ann@box"), BERLIN)).startsWith("By ann@box. No task");
    }

    @Test
    void saysNothingWhileRunning() {
        assertThat(PauseBannerViewModel.detail(SchedulingPause.State.RUNNING, BERLIN)).isEmpty();
    }
}
