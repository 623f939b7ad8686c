package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamsSpecTest {

    static final String HOST = "prod-161.westeurope.logic.azure.com:443";
    static final String ID = "0c3f9a8e7d6b4c5a9e8f7d6c5b4a3f2e";
    static final String SIG = "Xy9_-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ab";
    static final String URL = "msteams://" + HOST + "/workflows/" + ID + "/triggers/manual/paths/invoke"
            + "?api-version=2016-06-01&sp=/triggers/manual/run&sv=1.0&sig=" + SIG;

    @Test
    void readsAWorkflowsWebhookUrlWithHttpsWrittenMsteams() {
        TeamsSpec spec = (TeamsSpec) ChannelUrl.parse(URL);

        assertThat(spec.hostPart()).isEqualTo(HOST);
        assertThat(spec.path()).containsExactly("workflows", ID, "triggers", "manual", "paths", "invoke");
        assertThat(spec.query()).containsExactly(new RawUrl.Param("api-version", "2016-06-01"), new RawUrl.Param("sp", "/triggers/manual/run"),
                new RawUrl.Param("sv", "1.0"), new RawUrl.Param("sig", SIG));
        assertThat(spec.base()).isEqualTo("https://" + HOST);
        assertThat(spec.secrets()).containsExactly(SIG, ID);
    }

    @Test
    void readsThePercentEncodedQueryTeamsHandsOutAsTheSameSpec() {
        String pasted = URL.replace("sp=/triggers/manual/run", "sp=%2Ftriggers%2Fmanual%2Frun");

        assertThat(ChannelUrl.parse(pasted)).isEqualTo(ChannelUrl.parse(URL));
    }

    @Test
    void writesAUrlThatReadsBackEqualBaseIncluded() {
        for (String url : List.of(URL, URL + "&base=http://127.0.0.1:8089",
                "msteams://default0a1b.02.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/" + ID
                        + "/triggers/manual/paths/invoke?api-version=1&sig=" + SIG)) {
            ChannelSpec spec = ChannelUrl.parse(url);
            assertThat(spec.toUrl()).isEqualTo(url);
            assertThat(ChannelUrl.parse(spec.toUrl())).isEqualTo(spec);
        }
    }

    @Test
    void masksTheSignatureAndTheWorkflowId() {
        ChannelSpec spec = ChannelUrl.parse(URL);

        assertThat(spec.toString()).doesNotContain(SIG, ID);
        assertThat(spec.masked()).doesNotContain(SIG, ID).contains("/workflows/******/", "sig=******", "api-version=2016-06-01");
        assertThat(ChannelUrl.merge(spec.masked(), spec.toUrl())).isEqualTo(spec.toUrl());
    }

    @Test
    void refusesRetiredConnectorUrlsSayingWhatToPasteInstead() {
        for (String old : List.of("msteams://contoso/a1b2c3d4-0000-1111-2222-333344445555@e5f6a7b8-0000-1111-2222-333344445555/abc123/def456",
                "msteams://a1b2c3d4-0000-1111-2222-333344445555@e5f6a7b8-0000-1111-2222-333344445555/abc123/def456",
                "msteams://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi?sig=x")) {
            assertThatThrownBy(() -> ChannelUrl.parse(old)).isInstanceOf(ChannelUrlException.class)
                    .hasMessageContaining("retired").hasMessageContaining("Workflows").hasMessageNotContaining("abc123");
        }
    }

    @Test
    void refusesAWorkflowUrlWithoutItsSignature() {
        assertThatThrownBy(() -> ChannelUrl.parse(URL.replace("&sig=" + SIG, ""))).isInstanceOf(ChannelUrlException.class)
                .hasMessageContaining("sig=");
    }
}
