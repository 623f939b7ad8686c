package io.kumo.crontab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CrontabTextTest {

    @Test
    void utf8TextIsReadAsItIs() {
        String text = "# Grüße\n0 3 * * * /bin/true\n";
        assertThat(CrontabText.decode(text.getBytes(StandardCharsets.UTF_8), "f")).isEqualTo(text);
    }

    @Test
    void invalidUtf8NamesItsLine() {
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xFF, '\n'};
        assertThatThrownBy(() -> CrontabText.decode(bytes, "/tmp/x")).hasMessage("/tmp/x is not a text file (line 3 is not valid UTF-8)");
    }

    @Test
    void nulByteMakesItBinaryEvenWhenValidUtf8() {
        byte[] bytes = {'a', 0, '\n'};
        assertThatThrownBy(() -> CrontabText.decode(bytes, "standard input"))
                .hasMessage("standard input is not a text file (line 1 has a NUL byte)");
    }
}
