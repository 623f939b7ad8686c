package io.kumo.code.snippet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SnippetExpanderTest {

    @Test
    void placeholdersBecomeTheirDefaultTextAndStopsInTabOrderWithTheFinalCaretLast() {
        Expansion expansion = SnippetExpander.expand("for ${2:x} in ${1:items}:\n    $0", "");
        assertThat(expansion.text()).isEqualTo("for x in items:\n    ");
        assertThat(expansion.stops()).containsExactly(
                new Expansion.TabStop(1, 9, 14), new Expansion.TabStop(2, 4, 5), new Expansion.TabStop(0, 20, 20));
    }

    @Test
    void withoutAFinalCaretTheStopsEndAtTheEndOfTheText() {
        Expansion expansion = SnippetExpander.expand("log = ${1:x}", "");
        assertThat(expansion.stops()).containsExactly(new Expansion.TabStop(1, 6, 7), new Expansion.TabStop(0, 7, 7));
    }

    @Test
    void laterLinesTakeTheIndentationOfTheLineTheSnippetLandsOn() {
        Expansion expansion = SnippetExpander.expand("try:\n    ${1:pass}\nexcept:\n    raise", "    ");
        assertThat(expansion.text()).isEqualTo("try:\n        pass\n    except:\n        raise");
        assertThat(expansion.stops().getFirst()).isEqualTo(new Expansion.TabStop(1, 13, 17));
    }

    @Test
    void aRepeatedNumberRepeatsTheDefaultButIsOneStop() {
        Expansion expansion = SnippetExpander.expand("for ${1:row} in rows:\n    print($1)", "");
        assertThat(expansion.text()).isEqualTo("for row in rows:\n    print(row)");
        assertThat(expansion.stops()).extracting(Expansion.TabStop::number).containsExactly(1, 0);
    }

    @Test
    void escapedDollarsStayAndABrokenPlaceholderIsRefused() {
        assertThat(SnippetExpander.expand("cost = \"\\$5\"", "").text()).isEqualTo("cost = \"$5\"");
        assertThatThrownBy(() -> SnippetExpander.expand("x = ${1:open", "")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> SnippetExpander.expand("x = ${name}", "")).hasMessageContaining("Not a placeholder");
    }
}
