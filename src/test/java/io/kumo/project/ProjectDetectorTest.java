package io.kumo.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDetectorTest {

    @TempDir
    Path root;
    final ProjectDetector detector = new ProjectDetector();

    @Test
    void scrapyProjectsSuggestACrawlPerSpider() throws IOException {
        write("scrapy.cfg", "[settings]\ndefault = quotesbot.settings\n\n[deploy]\nproject = quotesbot\n");
        write("quotesbot/__init__.py", "");
        write("quotesbot/settings.py", "BOT_NAME = 'quotesbot'\n");
        write("quotesbot/spiders/__init__.py", "");
        write("quotesbot/spiders/toscrape.py", """
                import scrapy


                class ToScrapeSpider(scrapy.Spider):
                    name = "toscrape-css"
                    start_urls = ["https://quotes.toscrape.com/"]


                class XPathSpider(scrapy.Spider):
                    name = 'toscrape-xpath'
                """);
        write("requirements.txt", "scrapy>=2.11\n");

        Detection detection = detector.detect(root);
        assertThat(detection.kind()).isEqualTo(ProjectKind.SCRAPY);
        assertThat(detection.spiders()).containsExactly("toscrape-css", "toscrape-xpath");
        assertThat(detection.suggestedCommands()).containsExactly("scrapy crawl toscrape-css", "scrapy crawl toscrape-xpath");
        assertThat(detection.requirementFiles()).containsExactly("requirements.txt");
    }

    @Test
    void plainScriptsAndRunnablePackages() throws IOException {
        write("main.py", "print('hi')\n");
        write("run.py", "");
        write("report/__init__.py", "");
        write("report/__main__.py", "");
        Detection detection = detector.detect(root);
        assertThat(detection.kind()).isEqualTo(ProjectKind.SCRIPTS);
        assertThat(detection.suggestedCommands()).containsExactly("python main.py", "python run.py", "python -m report");
    }

    @Test
    void pyprojectScriptsAndDependencies() throws IOException {
        write("pyproject.toml", """
                [project]
                name = "reports"
                dependencies = ["requests>=2.31", "pandas>=2"]

                [project.scripts]
                daily-report = "reports.cli:main"
                """);
        Detection detection = detector.detect(root);
        assertThat(detection.kind()).isEqualTo(ProjectKind.PACKAGE);
        assertThat(detection.suggestedCommands()).containsExactly("daily-report");
        assertThat(detection.declaredDependencies()).containsExactly("requests>=2.31", "pandas>=2");
    }

    @Test
    void aBrokenPyprojectOrAnEmptyFolderSuggestsNothing() throws IOException {
        assertThat(detector.detect(root).kind()).isEqualTo(ProjectKind.UNKNOWN);
        write("pyproject.toml", "[project\nname = ");
        assertThat(detector.detect(root).suggestedCommands()).isEmpty();
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
