package io.kumo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiAddressTest {

    @Test
    void aBarePortListensOnLoopback() {
        ApiAddress address = ApiAddress.parse(" 9000 ");
        assertThat(address).isEqualTo(new ApiAddress("127.0.0.1", 9000));
        assertThat(address.loopback()).isTrue();
    }

    @Test
    void hostAndPortAreSplitAtTheLastColon() {
        assertThat(ApiAddress.parse("kumo.example.com:8443")).isEqualTo(new ApiAddress("kumo.example.com", 8443));
        assertThat(ApiAddress.parse("[::1]:8765")).isEqualTo(new ApiAddress("[::1]", 8765));
    }

    @Test
    void onlyLoopbackNamesAreLoopback() {
        assertThat(ApiAddress.parse("localhost:1").loopback()).isTrue();
        assertThat(ApiAddress.parse("127.0.0.2:1").loopback()).isTrue();
        assertThat(ApiAddress.parse("[::1]:1").loopback()).isTrue();
        assertThat(ApiAddress.parse("0.0.0.0:8765").loopback()).isFalse();
        assertThat(ApiAddress.parse("192.168.1.5:8765").loopback()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "localhost:", ":8765", "host:0", "host:65536", "host:80a", "my host:80",
            "[zz]:80", "http://host:80"})
    void whatIsNoAddressIsRefusedWithTheHint(String typed) {
        assertThatThrownBy(() -> ApiAddress.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(ApiAddress.HINT);
    }
}
