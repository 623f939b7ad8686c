package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DingTalkSpecTest {

    private static final String TOKEN = "a1b2c3d4e5f6";
    private static final String SECRET = "SEC0123456789abcdef";

    @Test
    void readsSecretBeforeTheAtTokenAsHostAndPhonesAsPath() {
        DingTalkSpec spec = (DingTalkSpec) ChannelUrl.parse("dingtalk://" + SECRET + "@" + TOKEN + "/13800000000/+86-139-0000-0000");

        assertThat(spec).isEqualTo(new DingTalkSpec(TOKEN, SECRET, List.of("13800000000", "8613900000000"), null));
        assertThat(spec.kind()).isEqualTo(ChannelKind.DINGTALK);
        assertThat(spec.origin()).isEqualTo("https://oapi.dingtalk.com");
    }

    @Test
    void readsApprisesQueryAliasesForTokenSecretAndPhones() {
        DingTalkSpec spec = (DingTalkSpec) ChannelUrl.parse("dingtalk://?token=" + TOKEN + "&secret=" + SECRET + "&to=13800000000,13900000000");

        assertThat(spec).isEqualTo(new DingTalkSpec(TOKEN, SECRET, List.of("13800000000", "13900000000"), null));
    }

    @Test
    void aRobotWithoutSecretIsUnsigned() {
        DingTalkSpec spec = (DingTalkSpec) ChannelUrl.parse("dingtalk://" + TOKEN);

        assertThat(spec.secret()).isNull();
        assertThat(spec.secrets()).containsExactly(TOKEN);
    }

    @Test
    void baseReplacesTheVendorsServer() {
        DingTalkSpec spec = (DingTalkSpec) ChannelUrl.parse("dingtalk://" + TOKEN + "?base=http://127.0.0.1:8089/");

        assertThat(spec.origin()).isEqualTo("http://127.0.0.1:8089");
    }

    @Test
    void masksTokenAndSecretButNotPhonesOrBase() {
        ChannelSpec spec = ChannelUrl.parse("dingtalk://" + SECRET + "@" + TOKEN + "/13800000000?base=http://127.0.0.1:8089");

        assertThat(spec.masked()).isEqualTo("dingtalk://******@******/13800000000?base=http://127.0.0.1:8089");
        assertThat(spec.secrets()).containsExactly(TOKEN, SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dingtalk://", "dingtalk://tok.en", "dingtalk://" + TOKEN + "/12345", "dingtalk://user:pass@" + TOKEN,
            "dingtalk://SECone@" + TOKEN + "?secret=SECtwo", "dingtalk://SEC-x@" + TOKEN, "dingtalk://" + TOKEN + "?token=other",
            "dingtalk://" + TOKEN + "?base=ftp://host", "dingtalk://" + TOKEN + "?base=localhost:8089",
            "dingtalk://" + TOKEN + "?base=http://h:1/x?y=1"})
    void refusesABadUrlWithOneLine(String url) {
        assertThatThrownBy(() -> ChannelUrl.parse(url)).isInstanceOf(ChannelUrlException.class)
                .message().startsWith("dingtalk://").doesNotContain("\n").doesNotContain("pass");
    }
}
