package io.kumo.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.ChannelKind;
import io.kumo.alerts.service.ChannelView;
import io.kumo.app.KumoCore;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelFormModelTest {

    @TempDir
    Path dir;
    KumoCore core;

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void editingKeepsTheSavedSecretUnlessRetyped() {
        core.channelService().add("ding", "dingtalk://SECabc@tok123", null);
        ChannelView saved = core.channelService().find("ding").orElseThrow();
        ChannelFormModel form = new ChannelFormModel(core.channelService(), new SameThreadBackground(), saved);
        assertThat(form.keepsSecret("secret")).isTrue();
        assertThat(form.value("secret")).isEmpty();
        form.setValue("phones", "13800000000");
        AtomicBoolean done = new AtomicBoolean();
        form.save(() -> done.set(true));

        assertThat(done).isTrue();
        assertThat(core.channelService().find("ding").orElseThrow().maskedUrl()).isEqualTo("dingtalk://******@******/13800000000");
        assertThat(core.channelService().liveChannels().getFirst().spec().secrets()).contains("SECabc", "tok123");
    }

    @Test
    void theBuiltUrlIsShownMaskedAsItIsTyped() {
        ChannelFormModel form = new ChannelFormModel(core.channelService(), new SameThreadBackground(), null);
        form.nameProperty().set("lark");
        form.kindProperty().set(ChannelKind.FEISHU);
        form.setValue("token", "hook1");
        form.setValue("secret", "pa55");
        assertThat(form.maskedProperty().get()).isEqualTo("feishu://******@******");
        assertThat(form.errorProperty().get()).isEmpty();
    }

    @Test
    void problemsShowInlineUnderTheFieldAndTheUrl() {
        ChannelFormModel form = new ChannelFormModel(core.channelService(), new SameThreadBackground(), null);
        form.nameProperty().set("tg");
        form.kindProperty().set(ChannelKind.TGRAM);
        form.setValue("token", "123456:ABC-def");
        assertThat(form.fieldErrors()).isEmpty(); // chats was not edited yet
        form.save(() -> { });
        assertThat(form.fieldErrors()).containsEntry("chats", "Required");
        form.setValue("chats", "not a chat!");
        assertThat(form.fieldErrors()).isEmpty();
        assertThat(form.errorProperty().get()).contains("Telegram chat id");
        form.save(() -> { });
        assertThat(core.channelService().list()).isEmpty();
    }

    @Test
    void aNameTheServiceRefusesIsSaidInlineAndTheDialogStays() {
        core.channelService().add("ops", "wecombot://key1", null);
        ChannelFormModel form = new ChannelFormModel(core.channelService(), new SameThreadBackground(), null);
        form.nameProperty().set("ops");
        form.kindProperty().set(ChannelKind.WECOMBOT);
        form.setValue("key", "key2");
        AtomicBoolean done = new AtomicBoolean();
        form.save(() -> done.set(true));
        assertThat(done).isFalse();
        assertThat(form.errorProperty().get()).isNotEmpty();
    }

    @Test
    void requiredShowsOnlyUnderAFieldThatWasEditedOrAfterSave() {
        ChannelFormModel form = new ChannelFormModel(core.channelService(), new SameThreadBackground(), null);
        form.kindProperty().set(ChannelKind.TGRAM);
        form.setValue("token", ""); // what the dialog's field does when it is shown
        form.setValue("chats", "");
        assertThat(form.fieldErrors()).isEmpty();
        assertThat(form.errorProperty().get()).isEmpty();

        form.setValue("token", "1");
        form.setValue("token", "");
        assertThat(form.fieldErrors()).containsOnlyKeys("token");

        form.save(() -> { });
        assertThat(form.fieldErrors()).containsOnlyKeys("token", "chats");
    }

    @Test
    void aSavedUrlTheFormCannotReadOpensAsAPastedUrlInsteadOfFailing() {
        ChannelView odd = new ChannelView(9, "odd", ChannelKind.TGRAM, "tgram://******@/%zz", true, true,
                java.util.List.of(), null, 10, null, 20);
        ChannelFormModel form = new ChannelFormModel(core.channelService(), new SameThreadBackground(), odd);

        assertThat(form.unreadable()).isTrue();
        assertThat(form.pasteProperty().get()).isTrue();
        assertThat(form.pastedUrlProperty().get()).isEqualTo("tgram://******@/%zz");
        form.pasteProperty().set(false);
        form.setValue("token", "");
        form.kindProperty().set(ChannelKind.JSON);
        form.kindProperty().set(ChannelKind.TGRAM);
        assertThat(form.value("token")).isEmpty();
    }

    @Test
    void savingTheConnectionKeepsATemplateSavedWhileTheDialogWasOpen() {
        ChannelView saved = core.channelService().add("ops", "wecombot://key1", null);
        ChannelFormModel form = new ChannelFormModel(core.channelService(), new SameThreadBackground(), saved);
        io.kumo.alerts.AlertTemplate template = new io.kumo.alerts.AlertTemplate("{{task}} broke", "{{log_tail}}");
        core.channelService().setTemplate(saved.id(), template);

        form.nameProperty().set("ops-renamed");
        form.save(() -> { });

        ChannelView after = core.channelService().find("ops-renamed").orElseThrow();
        assertThat(after.template()).isEqualTo(template);
    }
}
