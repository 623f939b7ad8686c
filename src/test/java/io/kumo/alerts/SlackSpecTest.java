package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlackSpecTest {

    static final String A = "T0A1B2C3D";
    static final String B = "B4E5F6G7H";
    static final String C = "xYz0123456789AbCdEfGhIjK";

    @Test
    void readsTheThreeWebhookTokensBotNameAndChannel() {
        SlackSpec spec = (SlackSpec) ChannelUrl.parse("slack://Kumo@" + A + "/" + B + "/" + C + "/#ops");

        assertThat(spec).isEqualTo(new SlackSpec("Kumo", A, B, C, "#ops", SlackSpec.VENDOR));
    }

    @Test
    void aBareChannelNameGetsItsHashAndTheWebhookAloneNeedsNone() {
        assertThat(((SlackSpec) ChannelUrl.parse("slack://" + A + "/" + B + "/" + C + "/ops")).channel()).isEqualTo("#ops");
        assertThat(((SlackSpec) ChannelUrl.parse("slack://" + A + "/" + B + "/" + C + "?to=@ana")).channel()).isEqualTo("@ana");
        assertThat(((SlackSpec) ChannelUrl.parse("slack://" + A + "/" + B + "/" + C)).channel()).isNull();
    }

    @Test
    void writesAUrlThatReadsBackEqualBaseIncluded() {
        for (String url : new String[] {"slack://" + A + "/" + B + "/" + C, "slack://Kumo@" + A + "/" + B + "/" + C + "/#ops?base=http://127.0.0.1:8089"}) {
            ChannelSpec spec = ChannelUrl.parse(url);
            assertThat(spec.toUrl()).isEqualTo(url);
            assertThat(ChannelUrl.parse(spec.toUrl())).isEqualTo(spec);
        }
    }

    @Test
    void masksEveryTokenInUrlAndTextAndAnEditKeepingTheMasksKeepsThem() {
        ChannelSpec spec = ChannelUrl.parse("slack://Kumo@" + A + "/" + B + "/" + C + "/#ops");

        assertThat(spec.masked()).isEqualTo("slack://Kumo@******/******/******/#ops").doesNotContain(A, B, C);
        assertThat(spec.toString()).isEqualTo("SlackSpec[" + spec.masked() + "]");
        String edited = spec.masked().replace("#ops", "#alerts");
        assertThat(ChannelUrl.parse(ChannelUrl.merge(edited, spec.toUrl()))).isEqualTo(new SlackSpec("Kumo", A, B, C, "#alerts", SlackSpec.VENDOR));
    }

    @Test
    void refusesBotTokensWithWhatToUseInstead() {
        assertThatThrownBy(() -> ChannelUrl.parse("slack://xoxb-1234-5678-abcdef/#ops"))
                .isInstanceOf(ChannelUrlException.class).hasMessageContaining("bot tokens").hasMessageContaining("incoming webhook")
                .hasMessageNotContaining("xoxb-1234").message().doesNotContain("\n");
    }

    @Test
    void refusesAUrlWithoutThreeTokensOrWithABadBase() {
        assertThatThrownBy(() -> ChannelUrl.parse("slack://" + A + "/" + B)).isInstanceOf(ChannelUrlException.class)
                .hasMessageContaining("slack://TokenA/TokenB/TokenC");
        assertThatThrownBy(() -> ChannelUrl.parse("slack://" + A + "/" + B + "/" + C + "?base=ftp://host"))
                .isInstanceOf(ChannelUrlException.class).hasMessageContaining("base=");
    }
}
