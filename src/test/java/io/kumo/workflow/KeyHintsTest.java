package io.kumo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyHintsTest {

    private static final List<String> KNOWN = List.of("name", "depends", "retryPolicy", "continueOn", "command");

    @Test
    void suggestsTheKnownKeyATypoWasMeantFor() {
        assertThat(KeyHints.closest("depend", KNOWN)).contains("depends");
        assertThat(KeyHints.closest("comand", KNOWN)).contains("command");
        assertThat(KeyHints.closest("retrypolicy", KNOWN)).contains("retryPolicy");
        assertThat(KeyHints.closest("retry-polcy", KNOWN)).contains("retryPolicy");
    }

    @Test
    void suggestsNothingForAKeyFarFromEveryKnownOne() {
        assertThat(KeyHints.closest("whatever", KNOWN)).isEmpty();
        assertThat(KeyHints.closest("x", KNOWN)).isEmpty();
    }

    @Test
    void measuresEditDistance() {
        assertThat(KeyHints.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(KeyHints.distance("", "abc")).isEqualTo(3);
        assertThat(KeyHints.distance("same", "same")).isZero();
    }
}
