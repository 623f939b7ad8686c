package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelUrlTest {

    private static final String SAVED = "mailto://ops:p%40ss%3Aw%2Frd%25@smtp.example.com:587?to=ops@example.com&from=kumo@example.com";

    @Test
    void maskLeavesNoSecretInPlainOrEncodedForm() {
        String secret = "p@ss:w/rd%";
        for (String url : List.of(SAVED, "mailto://ops:" + secret + "@smtp.example.com", ChannelUrl.parse(SAVED).toUrl())) {
            String masked = ChannelUrl.mask(url, List.of(secret));
            assertThat(masked).as(url).contains(ChannelUrl.MASK).doesNotContain("p%40ss").doesNotContain("p@ss").doesNotContain("w/rd")
                    .doesNotContain("w%2Frd");
        }
    }

    @Test
    void specMaskedShowsEveryHeaderSecretAsMask() {
        ChannelSpec spec = ChannelUrl.parse("json://u:pw1234@hooks.example.com/h?+Authorization=Bearer%20tok-999&+X-Team=ops");

        assertThat(spec.masked()).doesNotContain("pw1234").doesNotContain("tok-999").contains("X-Team=ops");
    }

    @Test
    void mergeKeepsTheSavedSecretUnderTheMask() {
        String edited = ChannelUrl.parse(SAVED).masked().replace("to=ops@example.com", "to=dev@example.com");

        String merged = ChannelUrl.merge(edited, SAVED);

        MailSpec spec = (MailSpec) ChannelUrl.parse(merged);
        assertThat(spec.password()).isEqualTo("p@ss:w/rd%");
        assertThat(spec.to()).containsExactly("dev@example.com");
    }

    @Test
    void mergeRestoresEachSecretOfAWebhookInItsPlace() {
        String saved = "json://u:pw1234@hooks.example.com/h?+Authorization=Bearer%20tok-999&+X-Team=ops";
        String edited = ChannelUrl.parse(saved).masked().replace("X-Team=ops", "X-Team=dev");

        JsonSpec merged = (JsonSpec) ChannelUrl.parse(ChannelUrl.merge(edited, saved));

        assertThat(merged.password()).isEqualTo("pw1234");
        assertThat(merged.headers()).containsExactly(new RawUrl.Param("Authorization", "Bearer tok-999"), new RawUrl.Param("X-Team", "dev"));
    }

    @Test
    void mergeTakesARetypedSecret() {
        String merged = ChannelUrl.merge("mailto://ops:new-secret@smtp.example.com:587?to=ops@example.com", SAVED);

        assertThat(((MailSpec) ChannelUrl.parse(merged)).password()).isEqualTo("new-secret");
    }

    @Test
    void mergeRefusesMasksThatNoLongerLineUp() {
        assertThatThrownBy(() -> ChannelUrl.merge("mailto://ops:******@smtp.example.com?to=ops@example.com&x=******", SAVED))
                .isInstanceOf(ChannelUrlException.class).hasMessageContaining("type the secrets again");
    }

    @Test
    void parseRefusesAUrlStillHoldingTheMask() {
        assertThatThrownBy(() -> ChannelUrl.parse("mailto://ops:******@smtp.example.com?to=ops@example.com"))
                .isInstanceOf(ChannelUrlException.class).hasMessageContaining("type the secret itself");
    }

    @Test
    void parseRefusesAnUnknownSchemeNamingTheKnownOnes() {
        assertThatThrownBy(() -> ChannelUrl.parse("gopher://x")).isInstanceOf(ChannelUrlException.class)
                .hasMessageContaining("'gopher://'").hasMessageContaining("mailto://");
    }
}
