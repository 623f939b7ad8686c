package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailSpecTest {

    private static MailSpec parse(String url) {
        return (MailSpec) ChannelUrl.parse(url);
    }

    @Test
    void readsTheIssuesExample() {
        MailSpec spec = parse("mailto://user:pass@smtp.example.com:587?from=kumo@example.com&to=a@example.com,b@example.com");

        assertThat(spec.security()).isEqualTo(MailSpec.Security.OPPORTUNISTIC);
        assertThat(spec.host()).isEqualTo("smtp.example.com");
        assertThat(spec.port()).isEqualTo(587);
        assertThat(spec.to()).containsExactly("a@example.com", "b@example.com");
        assertThat(spec.from()).isEqualTo("kumo@example.com");
        assertThat(spec.secrets()).containsExactly("pass");
        assertThat(spec.toString()).doesNotContain("pass@");
    }

    @Test
    void defaultPortsFollowTheSecurity() {
        assertThat(parse("mailto://smtp.example.com?to=a@x.io").port()).isEqualTo(25);
        assertThat(parse("mailto://smtp.example.com?to=a@x.io&mode=starttls").port()).isEqualTo(587);
        assertThat(parse("mailto://smtp.example.com?to=a@x.io&mode=insecure").security()).isEqualTo(MailSpec.Security.INSECURE);
        MailSpec tls = parse("mailtos://smtp.example.com?to=a@x.io");
        assertThat(tls.port()).isEqualTo(465);
        assertThat(tls.kind()).isEqualTo(ChannelKind.MAILTOS);
    }

    @Test
    void pathRecipientsComeFirstAndWithoutAnyTheSenderGetsIt() {
        assertThat(parse("mailto://smtp.example.com/ops@example.com?to=dev@example.com").to()).containsExactly("ops@example.com", "dev@example.com");
        assertThat(parse("mailto://alerts:pw@example.com").to()).containsExactly("alerts@example.com");
    }

    @Test
    void senderIsTheUserWhenItIsAnAddress() {
        assertThat(parse("mailto://alerts%40corp.io:pw@smtp.corp.io?to=a@x.io").from()).isEqualTo("alerts@corp.io");
    }

    @Test
    void everyFormReadsBackEqual() {
        for (String url : new String[] {"mailto://u:p%40w@h.io:2525/a@x.io?cc=c@x.io&bcc=d@x.io&name=Kumo%20Alerts&mode=starttls",
                "mailtos://h.io?to=a@x.io", "mailto://h.io?to=a@x.io&mode=insecure", "mailto://h.io?to=Ops%20%3Cops@x.io%3E"}) {
            MailSpec spec = parse(url);
            assertThat(parse(spec.toUrl())).as(url).isEqualTo(spec);
        }
    }

    @Test
    void refusesWhatCannotWorkWithOneLine() {
        assertThatThrownBy(() -> parse("mailto://h.io?to=not-an-address")).isInstanceOf(ChannelUrlException.class)
                .hasMessage("mailto://: to address 1 of 1 is no email address, as in ops@example.com");
        assertThatThrownBy(() -> parse("mailto://h.io?to=a@x.io&mode=tls13")).hasMessageContaining("unknown mode");
        assertThatThrownBy(() -> parse("mailtos://h.io?to=a@x.io&mode=starttls")).hasMessageContaining("mailto://…?mode=starttls");
        assertThatThrownBy(() -> parse("mailto://?to=a@x.io")).hasMessageContaining("needs the mail server");
        assertThatThrownBy(() -> parse("mailto://h.io:smtp?to=a@x.io")).hasMessageContaining("must be a number");
    }
}
