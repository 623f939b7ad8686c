package io.kumo.alerts.send;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void dingTalkSignsTimestampAndSecretWithTheSecretAsKey() {
        assertThat(Signatures.dingTalk(1_700_000_000_000L, "SEC0123456789abcdef"))
                .isEqualTo("TSZbRFUuvaSQaRKUpF970OPCb2/LcQAP3wOvwZIzBZk=");
    }

    @Test
    void dingTalkSignatureChangesWithTheMillisecond() {
        assertThat(Signatures.dingTalk(1_700_000_000_001L, "SEC0123456789abcdef"))
                .isEqualTo("h9I8htdbvJCasKF0f8Gu+a2Cr5fjl9T+pzb6hx3n+pE=");
    }

    @Test
    void feishuUsesTimestampAndSecretAsKeyOverAnEmptyMessage() {
        assertThat(Signatures.feishu(1_700_000_000L, "abcdefgh12345678"))
                .isEqualTo("+LA8ulgvhwicuU9myklAixg//YUsff55BRY6GDPTjBY=")
                .isNotEqualTo("svA9JaUY9hKGsBzaM1prPkWd7dVRNFrtrG3fz2SJXrM=");
    }

    @Test
    void feishuMatchesItsDocumentedSampleTimestamp() {
        assertThat(Signatures.feishu(1_599_360_473L, "test-secret")).isEqualTo("wSds2BzzFIIGf/WrhUO+NI1q/9j+FRJd3JNHKAq0NZY=");
    }
}
