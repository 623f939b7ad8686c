package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineSplitterTest {

    @Test
    void splitsOnWhitespace() {
        assertThat(CommandLineSplitter.split("  python  main.py\t--days 3 ")).containsExactly("python", "main.py", "--days", "3");
    }

    @Test
    void quotesKeepSpacesTogether() {
        assertThat(CommandLineSplitter.split("scrapy crawl books -a 'title=War and Peace' -o \"out dir/a.json\""))
                .containsExactly("scrapy", "crawl", "books", "-a", "title=War and Peace", "-o", "out dir/a.json");
    }

    @Test
    void singleQuotesAreLiteralAndDoubleQuotesHonourBackslash() {
        assertThat(CommandLineSplitter.split("echo '$HOME \\n' \"say \\\"hi\\\" \\$5\""))
                .containsExactly("echo", "$HOME \\n", "say \"hi\" $5");
    }

    @Test
    void backslashEscapesOutsideQuotesAndAdjacentPartsJoin() {
        assertThat(CommandLineSplitter.split("a\\ b c'd'\"e\"")).containsExactly("a b", "cde");
    }

    @Test
    void emptyQuotesMakeAnEmptyArgument() {
        assertThat(CommandLineSplitter.split("prog '' x")).containsExactly("prog", "", "x");
    }

    @Test
    void unclosedQuotesAndEmptyCommandsAreRefusedWithAReason() {
        assertThatThrownBy(() -> CommandLineSplitter.split("python 'main.py")).hasMessage("command: a single quote is not closed");
        assertThatThrownBy(() -> CommandLineSplitter.split("python \"main.py")).hasMessage("command: a double quote is not closed");
        assertThatThrownBy(() -> CommandLineSplitter.split("   ")).hasMessage("command: must not be empty");
    }
}
