package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RawUrlTest {

    @Test
    void splitsAppriseMailUrlIntoItsParts() {
        RawUrl url = RawUrl.parse("mailto://user:pass@smtp.example.com:587/ops@example.com?from=kumo@example.com&to=a@example.com,b@example.com");

        assertThat(url.scheme()).isEqualTo("mailto");
        assertThat(url.user()).isEqualTo("user");
        assertThat(url.password()).isEqualTo("pass");
        assertThat(url.host()).isEqualTo("smtp.example.com");
        assertThat(url.port()).contains(587);
        assertThat(url.path()).containsExactly("ops@example.com");
        assertThat(url.param("FROM")).contains("kumo@example.com");
        assertThat(url.param("to")).contains("a@example.com,b@example.com");
    }

    @Test
    void percentEncodedAtColonSlashAndPercentInAPasswordAreDecoded() {
        RawUrl url = RawUrl.parse("mailto://me:a%40b%3Ac%2Fd%25e@smtp.example.com");

        assertThat(url.user()).isEqualTo("me");
        assertThat(url.password()).isEqualTo("a@b:c/d%e");
        assertThat(url.hostPart()).isEqualTo("smtp.example.com");
    }

    @Test
    void aRawAtInThePasswordEndsAtTheLastAt() {
        RawUrl url = RawUrl.parse("mailto://me:p@ss:word@smtp.example.com:25");

        assertThat(url.password()).isEqualTo("p@ss:word");
        assertThat(url.host()).isEqualTo("smtp.example.com");
        assertThat(url.port()).contains(25);
    }

    @Test
    void aBotTokenIsAHostPartWithoutAPort() {
        RawUrl url = RawUrl.parse("tgram://123456:ABC-def/-100123");

        assertThat(url.user()).isNull();
        assertThat(url.hostPart()).isEqualTo("123456:ABC-def");
        assertThat(url.host()).isEqualTo("123456:ABC-def");
        assertThat(url.port()).isEmpty();
        assertThat(url.path()).containsExactly("-100123");
    }

    @Test
    void prefixedQueryKeysKeepTheirPrefixAndPlus() {
        RawUrl url = RawUrl.parse("json://host/p?+X-Token=a+b&-source=kumo&:message=text&:version=");

        assertThat(url.paramsStartingWith("+")).containsExactly(new RawUrl.Param("+X-Token", "a+b"));
        assertThat(url.paramsStartingWith("-")).containsExactly(new RawUrl.Param("-source", "kumo"));
        assertThat(url.paramsStartingWith(":")).containsExactly(new RawUrl.Param(":message", "text"), new RawUrl.Param(":version", ""));
    }

    @Test
    void aHashIsPartOfThePath() {
        RawUrl url = RawUrl.parse("slack://T1/B2/x3/#alerts");

        assertThat(url.hostPart()).isEqualTo("T1");
        assertThat(url.path()).containsExactly("B2", "x3", "#alerts");
    }

    @Test
    void toStringParsesBackToEqualParts() {
        for (String text : List.of("mailto://me:p@ss:w%2Fo%25rd@smtp.example.com:587/ops@example.com?to=a@x.y,b@x.y&name=K%C3%BCmo Alerts",
                "tgram://123456:ABC-def/-100123?:field=x", "json://u:p@[::1]:8080/a%2Fb/c?+Authorization=Bearer%20t%26k&-q=1%3D2",
                "slack://T1/B2/x3/#alerts", "ntfy://tk_x@host/t?base=http://127.0.0.1:9/x?y")) {
            RawUrl url = RawUrl.parse(text);
            assertThat(RawUrl.parse(url.toString())).as(text).isEqualTo(url);
        }
    }

    @Test
    void refusesTextWithoutSchemeAndBrokenPercent() {
        assertThatThrownBy(() -> RawUrl.parse("smtp.example.com")).isInstanceOf(ChannelUrlException.class).hasMessageContaining("starts with its service");
        assertThatThrownBy(() -> RawUrl.parse("mailto://me:50%@host")).isInstanceOf(ChannelUrlException.class).hasMessageContaining("%25");
    }

    @Test
    void noUserInfoMeansNoUserAndNoPassword() {
        RawUrl url = RawUrl.parse("ntfy://kumo-alerts");
        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
        assertThat(url.param("missing")).isEqualTo(Optional.empty());
    }
}
