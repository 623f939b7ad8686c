package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonSpecTest {

    private static JsonSpec parse(String url) {
        return (JsonSpec) ChannelUrl.parse(url);
    }

    @Test
    void readsMethodHeadersParamsAndFields() {
        JsonSpec spec = parse("jsons://u:pw@hooks.example.com:8443/a/b?method=put&+X-Api-Key=k123&+X-Team=ops&-source=kumo&:message=text");

        assertThat(spec.origin()).isEqualTo("https://hooks.example.com:8443");
        assertThat(spec.path()).containsExactly("a", "b");
        assertThat(spec.method()).isEqualTo("PUT");
        assertThat(spec.headers()).extracting(RawUrl.Param::key).containsExactly("X-Api-Key", "X-Team");
        assertThat(spec.params()).containsExactly(new RawUrl.Param("source", "kumo"));
        assertThat(spec.fields()).containsExactly(new RawUrl.Param("message", "text"));
        assertThat(spec.secrets()).containsExactly("pw", "k123");
    }

    @Test
    void everyFormReadsBackEqual() {
        for (String url : new String[] {"json://h:8080/p?+Authorization=Bearer%20x%26y&-q=a%20b&:type=", "jsons://u@h/p/q?method=GET"}) {
            JsonSpec spec = parse(url);
            assertThat(parse(spec.toUrl())).as(url).isEqualTo(spec);
        }
    }

    @Test
    void refusesUnknownMethodAndMissingHost() {
        assertThatThrownBy(() -> parse("json://h/p?method=FETCH")).isInstanceOf(ChannelUrlException.class).hasMessageContaining("unknown method").hasMessageNotContaining("FETCH");
        assertThatThrownBy(() -> parse("json:///p")).hasMessageContaining("needs the webhook's host");
    }
}
