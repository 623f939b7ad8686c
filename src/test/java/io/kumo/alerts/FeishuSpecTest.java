package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeishuSpecTest {

    private static final String TOKEN = "0fa8e6a4-aaaa-bbbb-cccc-2e3b4c5d6e7f";
    private static final String SECRET = "abcdefgh12345678";

    @Test
    void readsSecretBeforeTheAtAndTokenAsHost() {
        FeishuSpec spec = (FeishuSpec) ChannelUrl.parse("feishu://" + SECRET + "@" + TOKEN);

        assertThat(spec).isEqualTo(new FeishuSpec(TOKEN, SECRET, null));
        assertThat(spec.kind()).isEqualTo(ChannelKind.FEISHU);
        assertThat(spec.origin()).isEqualTo("https://open.feishu.cn");
    }

    @Test
    void readsTokenAndSecretFromQueryAliases() {
        assertThat(ChannelUrl.parse("feishu://?token=" + TOKEN + "&secret=" + SECRET)).isEqualTo(new FeishuSpec(TOKEN, SECRET, null));
    }

    @Test
    void aBotWithoutSecretIsUnsignedAndLarkIsABase() {
        FeishuSpec spec = (FeishuSpec) ChannelUrl.parse("feishu://" + TOKEN + "?base=https://open.larksuite.com");

        assertThat(spec.secret()).isNull();
        assertThat(spec.origin()).isEqualTo("https://open.larksuite.com");
    }

    @Test
    void masksTokenAndSecret() {
        ChannelSpec spec = ChannelUrl.parse("feishu://" + SECRET + "@" + TOKEN);

        assertThat(spec.masked()).isEqualTo("feishu://******@******");
        assertThat(spec.secrets()).containsExactly(TOKEN, SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"feishu://", "feishu://to:ken", "feishu://" + TOKEN + "/extra", "feishu://a:b@" + TOKEN,
            "feishu://sec%20ret@" + TOKEN, "feishu://one@" + TOKEN + "?secret=two", "feishu://" + TOKEN + "?base=http://"})
    void refusesABadUrlWithOneLine(String url) {
        assertThatThrownBy(() -> ChannelUrl.parse(url)).isInstanceOf(ChannelUrlException.class)
                .message().startsWith("feishu://").doesNotContain("\n");
    }
}
