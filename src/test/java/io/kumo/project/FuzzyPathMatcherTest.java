package io.kumo.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyPathMatcherTest {

    private static final List<String> PATHS = List.of("README.md", "pipeline/main.py", "pipeline/mapping.py",
            "tests/test_pipeline_main.py", "src/primary_domain.py", "main.py", "scrapers/QuotesSpider.py", "setup.cfg");

    private static List<String> ranked(String query) {
        return FuzzyPathMatcher.rank(query, PATHS, 10).stream().map(FuzzyPathMatcher.Match::path).toList();
    }

    @Test
    void lettersInOrderFindTheFileAndWordStartsRankFirst() {
        assertThat(ranked("pmain")).first().isEqualTo("pipeline/main.py");
        assertThat(ranked("pmain")).contains("tests/test_pipeline_main.py").doesNotContain("README.md", "setup.cfg");
    }

    @Test
    void theFileNameCountsMoreThanTheFolders() {
        assertThat(ranked("main")).startsWith("main.py", "pipeline/main.py");
    }

    @Test
    void camelCaseHumpsAndCaseInsensitiveLettersMatch() {
        assertThat(ranked("qs")).first().isEqualTo("scrapers/QuotesSpider.py");
        assertThat(ranked("readme")).first().isEqualTo("README.md");
    }

    @Test
    void lettersOutOfOrderOrMissingDoNotMatch() {
        assertThat(ranked("niamp")).isEmpty();
        assertThat(ranked("pipelinex")).isEmpty();
    }

    @Test
    void anEmptyQueryListsShortPathsFirstAndTheLimitHolds() {
        assertThat(FuzzyPathMatcher.rank("", PATHS, 2)).extracting(FuzzyPathMatcher.Match::path).containsExactly("main.py", "README.md");
    }
}
