package io.kumo.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.AlertTemplate;
import io.kumo.alerts.service.ChannelView;
import io.kumo.app.KumoCore;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesViewModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    ChannelsViewModel channels;
    ChannelView saved;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        saved = core.channelService().add("ops", "wecombot://key1", null);
        channels = new ChannelsViewModel(new AlertsServices(core.channelService(), core.deliveryLog(), List::of, ZoneId.of("UTC")),
                new SameThreadBackground(), null);
        channels.refresh();
        channels.selectedProperty().set(channels.rows().getFirst());
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aRefreshOfTheListKeepsUnsavedEdits() {
        RulesViewModel rules = new RulesViewModel(channels);
        rules.perMinuteProperty().set("25");
        rules.quietOnProperty().set(true);

        core.channelService().setTemplate(saved.id(), new AlertTemplate("{{task}}", "{{log_tail}}"));
        channels.refresh();

        assertThat(rules.perMinuteProperty().get()).isEqualTo("25");
        assertThat(rules.quietOnProperty().get()).isTrue();
    }

    @Test
    void aRefreshShowsWhatChangedElsewhereWhenNothingWasEdited() {
        RulesViewModel rules = new RulesViewModel(channels);

        core.channelService().setRulesAndLimits(saved.id(), saved.rules(), null, 30);
        channels.refresh();

        assertThat(rules.perMinuteProperty().get()).isEqualTo("30");
    }

    @Test
    void savingRulesKeepsATemplateSavedMeanwhile() {
        RulesViewModel rules = new RulesViewModel(channels);
        AlertTemplate template = new AlertTemplate("{{task}} broke", "{{log_tail}}");
        core.channelService().setTemplate(saved.id(), template);

        rules.perMinuteProperty().set("20");
        rules.save();

        ChannelView after = core.channelService().find("ops").orElseThrow();
        assertThat(after.perMinute()).isEqualTo(20);
        assertThat(after.template()).isEqualTo(template);
    }
}
