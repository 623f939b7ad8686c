package io.kumo.code.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetLibraryTest {

    @TempDir
    Path dir;

    @Test
    void builtInSnippetsAllExpandAndCoverTheUsualScriptParts() {
        SnippetLibrary library = SnippetLibrary.load(dir.resolve("missing.json"));
        assertThat(library.all()).extracting(Snippet::prefix)
                .contains("main", "argparse", "logging", "getretry", "readcsv", "jsonlines", "sqliteinsert", "tryexcept", "dataclass", "withopen");
        library.all().forEach(snippet -> assertThat(SnippetExpander.expand(snippet.body(), "").stops()).isNotEmpty());
        assertThat(library.problem()).isEmpty();
    }

    @Test
    void theUsersFileAddsSnippetsAndReplacesABuiltInOneWithTheSamePrefix() throws Exception {
        Path file = Files.writeString(dir.resolve("snippets.json"), """
                [{"prefix": "main", "name": "My main", "body": ["run()$0"]},
                 {"prefix": "hdr", "description": "File header", "body": "# ${1:title}"}]
                """);
        SnippetLibrary library = SnippetLibrary.load(file);
        assertThat(library.byPrefix("main")).get().extracting(Snippet::body).isEqualTo("run()$0");
        assertThat(library.byPrefix("hdr")).get().extracting(Snippet::name).isEqualTo("hdr");
        assertThat(library.problem()).isEmpty();
    }

    @Test
    void aBrokenUserFileKeepsTheBuiltInSnippetsAndSaysWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("snippets.json"), "[{\"prefix\": \"bad one\", \"body\": \"x\"}]");
        SnippetLibrary library = SnippetLibrary.load(file);
        assertThat(library.byPrefix("main")).isPresent();
        assertThat(library.problem()).get().asString().contains("snippets.json").contains("bad one");
    }

    @Test
    void theChooserFilterMatchesEveryWordAndListsPrefixMatchesFirst() {
        SnippetLibrary library = SnippetLibrary.load(null);
        assertThat(library.matching("json lines")).extracting(Snippet::prefix).containsExactly("jsonlines");
        assertThat(library.matching("csv").getFirst().prefix()).isEqualTo("readcsv");
        assertThat(library.matching("with").getFirst().prefix()).isEqualTo("withopen");
    }
}
