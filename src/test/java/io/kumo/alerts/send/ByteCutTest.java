package io.kumo.alerts.send;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteCutTest {

    @Test
    void aTextWithinTheLimitIsKeptWhole() {
        assertThat(ByteCut.utf8("失败", 6)).isEqualTo("失败");
    }

    @Test
    void aCutNeverSplitsACharacterAndEndsWithAnEllipsis() {
        String cut = ByteCut.utf8("ab😀😀😀", 10);

        assertThat(cut).isEqualTo("ab😀…");
        assertThat(ByteCut.utf8Length(cut)).isLessThanOrEqualTo(10);
    }

    @Test
    void jsonLimitCountsEscapes() {
        assertThat(ByteCut.jsonLength("\"a\"\n\u0001")).isEqualTo(2 + 1 + 2 + 2 + 6);
        assertThat(ByteCut.jsonEscaped("\"\"\"\"\"", 7)).isEqualTo("\"\"…");
    }
}
