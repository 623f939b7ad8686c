package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.alerts.service.ChannelEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewer's findings on secrets in channel URLs: what a spec shows, what an edit restores, what errors echo. */
class SpecSecretsTest {

    /** One URL of every kind, each secret containing "SEK" so that a leak is easy to find. */
    static final List<String> EVERY_KIND = List.of(
            "mailto://ops:SEKpw1@smtp.example.com:587?to=ops@example.com",
            "mailtos://ops:SEKpw2@smtp.example.com?to=ops@example.com",
            "json://u:SEKpw3@hooks.example.com/h?+Authorization=Bearer%20SEKtok4&-code=SEKcode5",
            "jsons://hooks.example.com/h?+X-Hook-Sig=SEKsig6",
            "ntfy://ops:SEKpw7@ntfy.example.com/kumo",
            "ntfys://ntfy.example.com/kumo?token=SEKtok8",
            "slack://SEKa/SEKb/SEKc/#ops",
            "msteams://prod.westeurope.logic.azure.com/workflows/SEKid/triggers/manual/paths/invoke?api-version=1&sig=SEKsig9",
            "discord://12345/SEKdiscord",
            "tgram://123456:SEKtelegram/-100123",
            "dingtalk://SEKsecret@SEKtoken/13800000000",
            "wecombot://SEKkey",
            "feishu://SEKfsecret@SEKftoken");

    @Test
    void noSpecPrintsASecretInToString() {
        for (String url : EVERY_KIND) {
            ChannelSpec spec = ChannelUrl.parse(url);
            assertThat(spec.toString()).as(url).doesNotContain("SEK").contains(ChannelUrl.MASK);
            assertThat(spec.masked()).as(url).doesNotContain("SEK");
            assertThat(ChannelUrl.parse(spec.toUrl())).as(url).isEqualTo(spec);
            assertThat(ChannelUrl.parse(ChannelUrl.merge(spec.masked(), spec.toUrl()))).as(url).isEqualTo(spec);
        }
    }

    @Test
    void channelEditDoesNotPrintItsUrl() {
        ChannelEdit edit = new ChannelEdit("ops", "mailto://ops:SEKpw@smtp.example.com", true, null, 5, null, 20);

        assertThat(edit.toString()).doesNotContain("SEK").contains("ops");
    }

    @Test
    void maskIsBuiltPartByPartNotByReplacingText() {
        ChannelSpec example = ChannelUrl.parse("mailto://ops:example@smtp.example.com:25?to=ops@example.com");
        ChannelSpec letter = ChannelUrl.parse("mailto://ops:p@smtp.example.com:587?to=ops@example.com");
        ChannelSpec port = ChannelUrl.parse("mailto://ops:25@smtp.example.com:25?to=ops@example.com");

        assertThat(example.masked()).isEqualTo("mailto://ops:******@smtp.example.com:25?to=ops@example.com&from=ops@smtp.example.com");
        assertThat(letter.masked()).isEqualTo("mailto://ops:******@smtp.example.com:587?to=ops@example.com&from=ops@smtp.example.com");
        assertThat(port.masked()).isEqualTo("mailto://ops:******@smtp.example.com:25?to=ops@example.com&from=ops@smtp.example.com");
        assertThat(ChannelUrl.parse(ChannelUrl.merge(port.masked(), port.toUrl()))).isEqualTo(port);
    }

    @Test
    void mergeRefusesAMaskMovedIntoAShownPart() {
        String saved = "mailto://ops:SEKpw@smtp.example.com:587?to=ops@example.com";

        assertThatThrownBy(() -> ChannelUrl.merge("mailto://ops:******@smtp.example.com:587?to=ops@example.com&name=******", saved))
                .isInstanceOf(ChannelUrlException.class).hasMessageNotContaining("SEK");
        assertThatThrownBy(() -> ChannelUrl.merge("mailto://ops:x@smtp.example.com:587?to=ops@example.com&name=******", saved))
                .isInstanceOf(ChannelUrlException.class).hasMessageNotContaining("SEK");
    }

    @Test
    void mergeRefusesAMaskUnderARenamedHeader() {
        String saved = "json://hooks.example.com/h?+Authorization=SEKtok";

        assertThatThrownBy(() -> ChannelUrl.merge("json://hooks.example.com/h?+X-Note=******", saved))
                .isInstanceOf(ChannelUrlException.class).hasMessageNotContaining("SEK");
    }

    @Test
    void mergeRefusesToSendSavedTokensToANewAddress() {
        String saved = "slack://SEKa/SEKb/SEKc";

        assertThatThrownBy(() -> ChannelUrl.merge("slack://******/******/******?base=http://evil.example:8080", saved))
                .isInstanceOf(ChannelUrlException.class).hasMessageContaining("the address changed");
        assertThatThrownBy(() -> ChannelUrl.merge("mailto://ops:******@evil.example:587?to=ops@example.com",
                "mailto://ops:SEKpw@smtp.example.com:587?to=ops@example.com"))
                .isInstanceOf(ChannelUrlException.class).hasMessageContaining("the address changed");
    }

    @Test
    void mergeErrorsNeverEchoTheSavedSecret() {
        String saved = "ntfy://ops:SEKpw@ntfy.example.com/kumo";

        assertThatThrownBy(() -> ChannelUrl.merge("ntfy://******:******@ntfy.example.com/kumo", saved))
                .isInstanceOf(ChannelUrlException.class).hasMessageNotContaining("SEK");
    }

    @Test
    void jsonMasksSecretQueryParametersAndHeaders() {
        ChannelSpec spec = ChannelUrl.parse("json://host/api?-code=AZSECRET&-access_token=XYZ&+X-Hook-Sig=SIGVAL&-page=2");

        assertThat(spec.masked()).doesNotContain("AZSECRET", "XYZ", "SIGVAL").contains("-page=2");
        assertThat(spec.secrets()).contains("AZSECRET", "XYZ", "SIGVAL");
    }

    @Test
    void ntfyRefusesABaseWithUserInfo() {
        assertThatThrownBy(() -> ChannelUrl.parse("ntfy://kumo?base=http://admin:hunter2@ntfy.local"))
                .isInstanceOf(ChannelUrlException.class).hasMessageNotContaining("hunter2");
    }

    @Test
    void parseErrorsDoNotEchoWhatMayBeASecret() {
        for (String url : List.of("ntfy://user:paSEK?ss@host/topic", "dingtalk://tok123?to=SEK1234",
                "mailto://ops:pw@smtp.example.com?to=SEKnot-an-address", "json://u:SEK?method=SEKX@host",
                "mailto://ops:SEK/x@smtp.example.com")) {
            assertThatThrownBy(() -> ChannelUrl.parse(url)).as(url).isInstanceOf(ChannelUrlException.class).hasMessageNotContaining("SEK");
        }
    }

    @Test
    void badAddressesAreRefusedWhenTheUrlIsRead() {
        for (String url : List.of("json://host:70000/h", "mailto://smtp.example.com:99999", "json://bad host/h",
                "json://host/h?+Host=evil", "json://host/h?+Content-Length=1", "json://host/h?+Connection=close",
                "json://host/h?+Expect=100", "json://host/h?+Upgrade=h2c", "json://host/h?+X-A=a%0D%0AX-B:%20b",
                "json://host/h?+X%0AA=a", "msteams://bad%20host.example.com/workflows/x?sig=s", "json://host/h?x=" + "a".repeat(2000), "json://:pw@host/h")) {
            assertThatThrownBy(() -> ChannelUrl.parse(url)).as(url).isInstanceOf(ChannelUrlException.class);
        }
    }

    @Test
    void mergeRefusesARestoredSecretThatWouldBeShown() {
        String saved = "msteams://h.logic.azure.com/workflows/SEKid/triggers/manual/paths/invoke?sig=SEKsig";

        assertThatThrownBy(() -> ChannelUrl.merge("msteams://h.logic.azure.com/flows/******/triggers/manual/paths/invoke?sig=******", saved))
                .isInstanceOf(ChannelUrlException.class).hasMessageContaining("type the secrets again").hasMessageNotContaining("SEK");
    }

    @Test
    void aFormEditOfAnNtfyTokenChannelKeepsTheToken() {
        String saved = ChannelUrl.parse("ntfy://tk_SEKtoken@ntfy.example.com/kumo").toUrl();
        String masked = ChannelUrl.parse(saved).masked();
        java.util.Map<String, String> form = new java.util.HashMap<>(ChannelForms.fromUrl(masked));
        form.put("topic", "other");

        NtfySpec merged = (NtfySpec) ChannelUrl.parse(ChannelUrl.merge(ChannelForms.toUrl(ChannelKind.NTFY, form), saved));

        assertThat(merged.token()).isEqualTo("tk_SEKtoken");
        assertThat(merged.topics()).containsExactly("other");
    }

    @Test
    void formPreviewMasksByPartToo() {
        assertThat(ChannelForms.maskedUrl("mailto://ops:example@smtp.example.com:25?to=ops@example.com"))
                .isEqualTo("mailto://ops:******@smtp.example.com:25?to=ops@example.com&from=ops@smtp.example.com");
    }

    @Test
    void anUnchangedFormOverTheMaskedUrlKeepsEverySecret() {
        for (String url : EVERY_KIND) {
            ChannelSpec spec = ChannelUrl.parse(url);
            String formUrl = ChannelForms.toUrl(spec.kind(), ChannelForms.fromUrl(spec.masked()));

            assertThat(ChannelUrl.parse(ChannelUrl.merge(formUrl, spec.toUrl()))).as(url).isEqualTo(spec);
        }
    }
}
