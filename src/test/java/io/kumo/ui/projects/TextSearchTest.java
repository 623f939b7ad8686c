package io.kumo.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static final String TEXT = "name = 'Quotes'\nprint(name)\nNAME = 1\n";

    @Test
    void plainSearchIgnoresCaseUnlessAsked() {
        assertThat(new TextSearch("name", false, false).all(TEXT, "")).hasSize(3);
        assertThat(new TextSearch("name", false, true).all(TEXT, "")).hasSize(2);
    }

    @Test
    void plainSearchTreatsRegexCharactersLiterally() {
        assertThat(new TextSearch("(name)", false, true).all(TEXT, "")).singleElement()
                .satisfies(match -> assertThat(match.start()).isEqualTo(TEXT.indexOf("(name)")));
    }

    @Test
    void nextAndPreviousWrapAround() {
        TextSearch search = new TextSearch("name", false, true);
        int second = TEXT.indexOf("name", 1);
        assertThat(search.next(TEXT, 1, "").orElseThrow().start()).isEqualTo(second);
        assertThat(search.next(TEXT, second + 1, "").orElseThrow().start()).isZero();
        assertThat(search.previous(TEXT, second, "").orElseThrow().start()).isZero();
        assertThat(search.previous(TEXT, 0, "").orElseThrow().start()).isEqualTo(second);
    }

    @Test
    void regexReplacementsExpandGroupsInContext() {
        TextSearch search = new TextSearch("^(\\w+) = ", true, true);
        assertThat(search.all(TEXT, "$1: ")).extracting(TextSearch.Match::replacement).containsExactly("name: ", "NAME: ");
    }

    @Test
    void anInvalidRegexIsAProblemAndFindsNothing() {
        TextSearch search = new TextSearch("print(", true, false);
        assertThat(search.problem()).isPresent();
        assertThat(search.all(TEXT, "")).isEmpty();
    }

    @Test
    void replaceOnlyReplacesASelectionThatIsAMatch() {
        TextSearch search = new TextSearch("name", false, true);
        assertThat(search.matchAt(TEXT, 0, 4, "title")).isPresent();
        assertThat(search.matchAt(TEXT, 0, 3, "title")).isEmpty();
    }
}
