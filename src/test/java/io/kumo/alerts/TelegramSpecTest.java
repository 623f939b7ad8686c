package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramSpecTest {

    static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw-_";

    @Test
    void readsTheBotTokenAndEveryChatNumbersAndNames() {
        TelegramSpec spec = (TelegramSpec) ChannelUrl.parse("tgram://" + TOKEN + "/-1001234567890/@ops_channel/42?to=news_room");

        assertThat(spec).isEqualTo(new TelegramSpec(TOKEN, List.of("-1001234567890", "@ops_channel", "42", "@news_room"), TelegramSpec.VENDOR));
    }

    @Test
    void dropsALeadingBotBeforeTheToken() {
        assertThat(((TelegramSpec) ChannelUrl.parse("tgram://bot" + TOKEN + "/42")).botToken()).isEqualTo(TOKEN);
    }

    @Test
    void writesAUrlThatReadsBackEqual() {
        for (String url : List.of("tgram://" + TOKEN + "/-1001234567890/@ops_channel", "tgram://" + TOKEN + "/42?base=http://127.0.0.1:8089")) {
            ChannelSpec spec = ChannelUrl.parse(url);
            assertThat(spec.toUrl()).isEqualTo(url);
            assertThat(ChannelUrl.parse(spec.toUrl())).isEqualTo(spec);
        }
    }

    @Test
    void masksTheWholeBotToken() {
        ChannelSpec spec = ChannelUrl.parse("tgram://" + TOKEN + "/-1001234567890");

        assertThat(spec.masked()).isEqualTo("tgram://******/-1001234567890");
        assertThat(spec.toString()).doesNotContain(TOKEN).contains("-1001234567890");
        assertThat(ChannelUrl.merge(spec.masked(), spec.toUrl())).isEqualTo(spec.toUrl());
    }

    @Test
    void refusesAUrlWithoutAChatOrWithAMalformedTokenOrChat() {
        assertThatThrownBy(() -> ChannelUrl.parse("tgram://" + TOKEN)).isInstanceOf(ChannelUrlException.class)
                .hasMessageContaining("chat id").hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> ChannelUrl.parse("tgram://notatoken/42")).isInstanceOf(ChannelUrlException.class)
                .hasMessageContaining("tgram://BOT_TOKEN/CHAT_ID");
        assertThatThrownBy(() -> ChannelUrl.parse("tgram://" + TOKEN + "/12ab!")).isInstanceOf(ChannelUrlException.class)
                .hasMessageContaining("@channelname").hasMessageNotContaining(TOKEN);
    }
}
