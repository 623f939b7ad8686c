package io.kumo.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeTest {

    @TempDir
    Path folder;

    @Test
    void findsTheReadmeWhateverItsCaseAndPrefersReadmeMd() throws Exception {
        assertThat(Readme.find(folder)).isEmpty();
        Files.writeString(folder.resolve("Readme.markdown"), "x");
        assertThat(Readme.find(folder)).contains(folder.resolve("Readme.markdown"));
        Files.writeString(folder.resolve("README.md"), "x");
        assertThat(Readme.find(folder)).contains(folder.resolve("README.md"));
    }

    @Test
    void rendersMarkdownWithTablesAndTheFolderAsBaseForRelativeImages() {
        String page = Readme.page("# Quotes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![logo](docs/logo.png)\n", folder, false);
        assertThat(page).contains("<h1>Quotes</h1>", "<table>", "<td>1</td>", "src=\"docs/logo.png\"")
                .contains("<base href=\"" + folder.toUri());
        assertThat(Readme.page("x", folder, true)).contains("#0d1117");
    }

    @Test
    void dropsJavascriptLinks() {
        assertThat(Readme.page("[x](javascript:alert(1))", folder, false)).doesNotContain("javascript:");
    }

    @Test
    void classifiesLinksAsWebProjectFilesOrNothing() throws Exception {
        Files.createDirectories(folder.resolve("pipeline"));
        Files.writeString(folder.resolve("pipeline/main.py"), "x");
        assertThat(ReadmeLink.of("https://example.com/docs", folder)).isEqualTo(new ReadmeLink.Web("https://example.com/docs"));
        assertThat(ReadmeLink.of(folder.resolve("pipeline/main.py").toUri().toString(), folder))
                .isEqualTo(new ReadmeLink.ProjectFile("pipeline/main.py"));
        assertThat(ReadmeLink.of(folder.resolve("../outside.py").toUri().toString(), folder)).isInstanceOf(ReadmeLink.Nothing.class);
        assertThat(ReadmeLink.of(folder.resolve("missing.py").toUri().toString(), folder)).isInstanceOf(ReadmeLink.Nothing.class);
        assertThat(ReadmeLink.of("javascript:alert(1)", folder)).isInstanceOf(ReadmeLink.Nothing.class);
    }
}
