package io.kumo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import org.junit.jupiter.api.Test;

class ApiAddressTest {

    @Test
    void aPortAloneMeansLoopback() {
        assertThat(ApiAddress.parse("8765")).isEqualTo(new ApiAddress("127.0.0.1", 8765));
        assertThat(ApiAddress.parse("8765").isLoopback()).isTrue();
    }

    @Test
    void hostAndPort() {
        assertThat(ApiAddress.parse(" 0.0.0.0:9000 ")).isEqualTo(new ApiAddress("0.0.0.0", 9000));
        assertThat(ApiAddress.parse("0.0.0.0:9000").isLoopback()).isFalse();
        assertThat(ApiAddress.parse("localhost:1").isLoopback()).isTrue();
    }

    @Test
    void bracketedIpv6() {
        ApiAddress address = ApiAddress.parse("[::1]:8765");
        assertThat(address).isEqualTo(new ApiAddress("::1", 8765));
        assertThat(address.isLoopback()).isTrue();
        assertThat(address.url(true, 8765)).isEqualTo("https://[::1]:8765");
        assertThat(address.toString()).isEqualTo("[::1]:8765");
    }

    @Test
    void badAddressesSayWhatIsExpected() {
        assertThatThrownBy(() -> ApiAddress.parse("")).isInstanceOf(ValidationException.class)
                .hasMessage("API address: empty (expected HOST:PORT or PORT)");
        assertThatThrownBy(() -> ApiAddress.parse("70000")).hasMessage("API address: port 70000 is not between 0 and 65535");
        assertThatThrownBy(() -> ApiAddress.parse("host:abc")).hasMessage("API address: 'host:abc' has no valid port (0-65535)");
        assertThatThrownBy(() -> ApiAddress.parse("::1:80"))
                .hasMessage("API address: '::1:80' is not HOST:PORT (write an IPv6 address as [::1]:PORT)");
        assertThatThrownBy(() -> ApiAddress.parse("[::1]80")).hasMessage("API address: '[::1]80' is not [IPV6]:PORT");
        assertThatThrownBy(() -> ApiAddress.parse(":80")).isInstanceOf(ValidationException.class);
    }

    @Test
    void loopbackIsLocalhostOrALoopbackLiteralWithoutLookingNamesUp() {
        assertThat(ApiAddress.parse("127.0.0.2:1").isLoopback()).isTrue();
        assertThat(ApiAddress.parse("[::1]:1").isLoopback()).isTrue();
        assertThat(ApiAddress.parse("192.168.1.5:8765").isLoopback()).isFalse();
        assertThat(ApiAddress.parse("kumo.example.com:8443").isLoopback()).isFalse();
    }

    @Test
    void hostsThatAreNoNameOrAddressAreRefused() {
        assertThatThrownBy(() -> ApiAddress.parse("my host:80")).hasMessageContaining("has no valid host");
        assertThatThrownBy(() -> ApiAddress.parse("http://host:80")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ApiAddress.parse("[zz]:80")).hasMessageContaining("no valid IPv6 address");
    }
}
