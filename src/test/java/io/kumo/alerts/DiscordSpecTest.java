package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordSpecTest {

    static final String ID = "112233445566778899";
    static final String TOKEN = "AbC-dEf_GhIjKlMnOpQrStUvWxYz0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ012";

    @Test
    void readsWebhookIdTokenAndBotName() {
        assertThat(ChannelUrl.parse("discord://Kumo@" + ID + "/" + TOKEN)).isEqualTo(new DiscordSpec("Kumo", ID, TOKEN, DiscordSpec.VENDOR));
        assertThat(ChannelUrl.parse("discord://" + ID + "/" + TOKEN + "?base=http://127.0.0.1:9/"))
                .isEqualTo(new DiscordSpec(null, ID, TOKEN, "http://127.0.0.1:9"));
    }

    @Test
    void writesAUrlThatReadsBackEqual() {
        for (String url : List.of("discord://" + ID + "/" + TOKEN, "discord://Kumo@" + ID + "/" + TOKEN + "?base=http://127.0.0.1:8089")) {
            ChannelSpec spec = ChannelUrl.parse(url);
            assertThat(spec.toUrl()).isEqualTo(url);
            assertThat(ChannelUrl.parse(spec.toUrl())).isEqualTo(spec);
        }
    }

    @Test
    void masksTheToken() {
        ChannelSpec spec = ChannelUrl.parse("discord://Kumo@" + ID + "/" + TOKEN);

        assertThat(spec.masked()).isEqualTo("discord://Kumo@" + ID + "/******");
        assertThat(spec.toString()).doesNotContain(TOKEN);
        assertThat(ChannelUrl.merge(spec.masked(), spec.toUrl())).isEqualTo(spec.toUrl());
    }

    @Test
    void refusesAnythingButIdSlashToken() {
        for (String bad : List.of("discord://" + ID, "discord://notanumber/" + TOKEN, "discord://" + ID + "/" + TOKEN + "/extra")) {
            assertThatThrownBy(() -> ChannelUrl.parse(bad)).isInstanceOf(ChannelUrlException.class)
                    .hasMessageContaining("discord://WebhookID/WebhookToken").hasMessageNotContaining(TOKEN);
        }
    }
}
