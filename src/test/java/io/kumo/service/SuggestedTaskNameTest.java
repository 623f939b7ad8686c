package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** Names for the tasks of a project's suggested commands: readable, and always within the task name rule. */
class SuggestedTaskNameTest {

    @Test
    void aSpiderIsNamedAfterTheProjectAndTheSpider() {
        assertThat(SuggestedTaskName.of("crawler", "scrapy crawl quotes")).isEqualTo("crawler quotes");
    }

    @Test
    void aScriptLosesItsFolderAndExtension() {
        assertThat(SuggestedTaskName.of("etl", "python jobs/main.py")).isEqualTo("etl main");
    }

    @Test
    void optionsAreSkippedForTheModuleTheyRun() {
        assertThat(SuggestedTaskName.of("etl", "python -m loader")).isEqualTo("etl loader");
    }

    @Test
    void aBareProgramGivesItsOwnName() {
        assertThat(SuggestedTaskName.of("tools", "sync-all")).isEqualTo("tools sync-all");
        assertThat(SuggestedTaskName.of("pkg", "python .")).isEqualTo("pkg python");
    }

    @Test
    void charactersTheRuleRefusesAreReplacedAndTheResultPassesIt() {
        String name = SuggestedTaskName.of("my:project", "python run.py --flag=x");
        assertThat(name).isEqualTo("my-project run");
        assertThatCode(() -> TaskNames.check(name)).doesNotThrowAnyException();
        assertThatCode(() -> TaskNames.check(SuggestedTaskName.of("x".repeat(150), "python main.py")))
                .doesNotThrowAnyException();
    }
}
