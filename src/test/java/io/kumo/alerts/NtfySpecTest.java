package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NtfySpecTest {

    private static NtfySpec parse(String url) {
        return (NtfySpec) ChannelUrl.parse(url);
    }

    @Test
    void aLoneTopicIsCloudModeOnNtfySh() {
        NtfySpec spec = parse("ntfy://kumo-alerts");

        assertThat(spec.hostPart()).isNull();
        assertThat(spec.topics()).containsExactly("kumo-alerts");
        assertThat(spec.endpoint()).isEqualTo("https://ntfy.sh");
    }

    @Test
    void topicsAfterAHostArePrivateModeOnThatHost() {
        NtfySpec spec = parse("ntfys://ntfy.example.com:8443/ops/dev");

        assertThat(spec.endpoint()).isEqualTo("https://ntfy.example.com:8443");
        assertThat(spec.topics()).containsExactly("ops", "dev");
    }

    @Test
    void ntfyShWithTopicsStaysCloud() {
        assertThat(parse("ntfy://ntfy.sh/kumo").endpoint()).isEqualTo("https://ntfy.sh");
    }

    @Test
    void aTkUserWithoutPasswordIsAnAccessTokenAndASecret() {
        NtfySpec spec = parse("ntfy://tk_abc123@ntfy.example.com/kumo");

        assertThat(spec.token()).isEqualTo("tk_abc123");
        assertThat(spec.user()).isNull();
        assertThat(spec.masked()).isEqualTo("ntfy://ntfy.example.com/kumo?token=******");
    }

    @Test
    void everyFormReadsBackEqual() {
        for (String url : new String[] {"ntfy://kumo-alerts", "ntfy://a/b?mode=cloud", "ntfys://ops:pw@host:81/t?base=http://127.0.0.1:9",
                "ntfy://h/t?token=secret-token", "ntfy://tk_x@h/t", "ntfy://ntfy.sh/t?mode=private"}) {
            NtfySpec spec = parse(url);
            assertThat(parse(spec.toUrl())).as(url).isEqualTo(spec);
        }
    }

    @Test
    void badTopicAndBadBaseAreRefusedWithOneLine() {
        assertThatThrownBy(() -> parse("ntfy://host/bad.topic")).isInstanceOf(ChannelUrlException.class).hasMessageContaining("topic 1 of 1 is no ntfy topic");
        assertThatThrownBy(() -> parse("ntfy://kumo?base=ftp://x")).isInstanceOf(ChannelUrlException.class).hasMessageContaining("base= takes http://host");
    }
}
