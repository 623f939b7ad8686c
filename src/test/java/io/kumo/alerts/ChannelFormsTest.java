package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelFormsTest {

    @Test
    void mailFormBuildsAnAppriseMailtoUrlAndReadsItBack() {
        Map<String, String> form = Map.of("host", "smtp.example.com", "port", "587", "mode", "starttls", "user", "kumo",
                "password", "p@ss:w/rd", "from", "kumo@example.com", "to", "a@example.com, b@example.com");
        String url = ChannelForms.toUrl(ChannelKind.MAILTO, form);
        assertThat(url).isEqualTo("mailto://kumo:p%40ss%3Aw%2Frd@smtp.example.com:587?mode=starttls&from=kumo@example.com"
                + "&to=a@example.com,b@example.com");
        assertThat(ChannelForms.fromUrl(url)).containsAllEntriesOf(form);
    }

    @Test
    void everyKindRoundTripsThroughItsForm() {
        Map<ChannelKind, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put(ChannelKind.JSONS, Map.of("url", "https://hooks.example.com:8443/kumo/alerts", "user", "", "password", "",
                "headers", "X-Token: abc"));
        forms.put(ChannelKind.SLACK, Map.of("tokenA", "T123", "tokenB", "B456", "tokenC", "xyz789", "channel", "#ops", "base", ""));
        forms.put(ChannelKind.MSTEAMS, Map.of("url", "https://prod.logic.azure.com/workflows/wf1/triggers/manual/paths/invoke"
                + "?api-version=2016-06-01&sig=s1g", "base", ""));
        forms.put(ChannelKind.DISCORD, Map.of("id", "1234", "token", "tok-en", "base", "http://127.0.0.1:9000"));
        forms.put(ChannelKind.TGRAM, Map.of("token", "123456:ABC-def", "chats", "-1001, @ops_team", "base", ""));
        forms.put(ChannelKind.DINGTALK, Map.of("token", "abc123", "secret", "SECxyz", "phones", "13800000000", "base", ""));
        forms.put(ChannelKind.WECOMBOT, Map.of("key", "5f0e-11", "base", ""));
        forms.put(ChannelKind.FEISHU, Map.of("token", "hook-1", "secret", "s3cr3t", "base", ""));
        forms.put(ChannelKind.NTFYS, Map.of("host", "ntfy.example.com:8080", "topic", "kumo", "token", "tk_abc"));
        forms.forEach((kind, form) -> {
            String url = ChannelForms.toUrl(kind, form);
            assertThat(ChannelForms.kindOf(url)).isEqualTo(kind);
            assertThat(ChannelForms.fromUrl(url)).as(url).containsAllEntriesOf(form);
        });
    }

    @Test
    void builtUrlsAreReadByTheChannelParsers() {
        Map<ChannelKind, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put(ChannelKind.MAILTO, Map.of("host", "smtp.example.com", "port", "587", "mode", "starttls", "user", "kumo",
                "password", "hunter2", "from", "kumo@example.com", "to", "a@example.com"));
        forms.put(ChannelKind.SLACK, Map.of("tokenA", "T123", "tokenB", "B456", "tokenC", "xyz789", "channel", "#ops"));
        forms.put(ChannelKind.MSTEAMS, Map.of("url", "https://prod.logic.azure.com/workflows/wf1/triggers/manual/paths/invoke"
                + "?api-version=2016-06-01&sig=s1g"));
        forms.put(ChannelKind.DISCORD, Map.of("id", "1234", "token", "tok-en", "base", "http://127.0.0.1:9000"));
        forms.put(ChannelKind.TGRAM, Map.of("token", "123456:ABC-def", "chats", "-1001, @ops_team"));
        forms.put(ChannelKind.DINGTALK, Map.of("token", "abc123", "secret", "SECxyz", "phones", "13800000000"));
        forms.put(ChannelKind.WECOMBOT, Map.of("key", "5f0e-11"));
        forms.put(ChannelKind.FEISHU, Map.of("token", "hook-1", "secret", "s3cr3t"));
        forms.forEach((kind, form) -> {
            ChannelSpec spec = ChannelUrl.parse(ChannelForms.toUrl(kind, form));
            assertThat(spec.kind()).isEqualTo(kind);
            assertThat(ChannelForms.fromUrl(spec.toUrl())).as(kind.name()).containsAllEntriesOf(form);
            assertThat(ChannelForms.masked(kind, form)).as(kind.name()).contains(ChannelUrl.MASK)
                    .doesNotContain(spec.secrets().toArray(String[]::new));
        });
    }

    @Test
    void dingTalkCarriesItsSigningSecretAsTheUserPart() {
        assertThat(ChannelForms.toUrl(ChannelKind.DINGTALK, Map.of("token", "abc123", "secret", "SECxyz", "phones", "138, 139")))
                .isEqualTo("dingtalk://SECxyz@abc123/138/139");
    }

    @Test
    void pastedVendorWebhookUrlFillsTheTokens() {
        assertThat(ChannelForms.toUrl(ChannelKind.SLACK, Map.of("webhook", "https://hooks.slack.com/services/T1/B2/c3")))
                .isEqualTo("slack://T1/B2/c3");
        assertThat(ChannelForms.toUrl(ChannelKind.DISCORD, Map.of("webhook", "https://discord.com/api/webhooks/42/tok")))
                .isEqualTo("discord://42/tok");
    }

    @Test
    void jsonEndpointSchemeDecidesPlainOrTls() {
        assertThat(ChannelForms.toUrl(ChannelKind.JSONS, Map.of("url", "http://127.0.0.1:8089/hook"))).isEqualTo("json://127.0.0.1:8089/hook");
        assertThat(ChannelForms.toUrl(ChannelKind.JSON, Map.of("url", "127.0.0.1:8089/hook"))).isEqualTo("json://127.0.0.1:8089/hook");
    }

    @Test
    void maskedPreviewHidesEverySecretField() {
        String masked = ChannelForms.masked(ChannelKind.FEISHU, Map.of("token", "hook-1", "secret", "s3cr3t"));
        assertThat(masked).isEqualTo("feishu://******@******");
    }

    @Test
    void aSecretKeptOnEditStaysAMaskThatMergeFillsIn() {
        String saved = "mailto://kumo:hunter2@smtp.example.com:587?from=k@example.com&to=a@example.com";
        String masked = ChannelUrl.mask(saved, java.util.List.of("hunter2"));
        Map<String, String> form = new LinkedHashMap<>(ChannelForms.fromUrl(masked));
        assertThat(form).containsEntry("password", ChannelUrl.MASK);
        form.put("to", "b@example.com");
        String edited = ChannelForms.toUrl(ChannelKind.MAILTO, form);
        assertThat(edited).isEqualTo("mailto://kumo:******@smtp.example.com:587?from=k@example.com&to=b@example.com");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> ChannelForms.toUrl(ChannelKind.TGRAM, Map.of("token", "1:A")))
                .isInstanceOf(ChannelUrlException.class).hasMessage("Chat ids is required");
        assertThatThrownBy(() -> ChannelForms.toUrl(ChannelKind.SLACK, Map.of("webhook", "https://example.com/nothing")))
                .isInstanceOf(ChannelUrlException.class).hasMessageContaining("/services/");
    }
}
