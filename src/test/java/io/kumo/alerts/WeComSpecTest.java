package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeComSpecTest {

    private static final String KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";

    @Test
    void readsTheRobotsKeyAsHost() {
        WeComSpec spec = (WeComSpec) ChannelUrl.parse("wecombot://" + KEY);

        assertThat(spec).isEqualTo(new WeComSpec(KEY, null));
        assertThat(spec.kind()).isEqualTo(ChannelKind.WECOMBOT);
        assertThat(spec.origin()).isEqualTo("https://qyapi.weixin.qq.com");
    }

    @Test
    void readsTheKeyFromApprisesQueryAlias() {
        assertThat(ChannelUrl.parse("wecombot://?key=" + KEY)).isEqualTo(new WeComSpec(KEY, null));
    }

    @Test
    void masksTheKey() {
        ChannelSpec spec = ChannelUrl.parse("wecombot://" + KEY + "?base=http://127.0.0.1:8089");

        assertThat(spec.masked()).isEqualTo("wecombot://******?base=http://127.0.0.1:8089");
        assertThat(spec.secrets()).containsExactly(KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wecombot://", "wecombot://key%20with%20space", "wecombot://secret@" + KEY, "wecombot://" + KEY + "/extra",
            "wecombot://" + KEY + "?key=another", "wecombot://" + KEY + "?base=mailto://x"})
    void refusesABadUrlWithOneLine(String url) {
        assertThatThrownBy(() -> ChannelUrl.parse(url)).isInstanceOf(ChannelUrlException.class)
                .message().startsWith("wecombot://").doesNotContain("\n");
    }
}
