package io.kumo.crontab;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.domain.Task;
import io.kumo.testkit.TestCores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrontabParserTest {

    static final String CRONTAB = """
            # m h  dom mon dow   command
            SHELL=/bin/bash
            MAILTO=ops@example.com
            API_URL="https://api.example.com"

            */15 * * * * cd /srv/scraper && python3 crawl.py --fast >> /var/log/crawl.log 2>&1
            30 2 * * 1-5 /usr/local/bin/backup.sh
            @daily python3 /srv/reports/daily.py
            61 * * * * /bin/true
            0 0 * * * date +\\%F > /tmp/today
            0 1 * * * mail -s hi root%body
            @hourly
            REGION=eu
            0 3 1 * * python3 /srv/reports/monthly.py
            """;

    @Test
    void everyScheduleLineBecomesAnEntryWithTheVariablesAboveIt() {
        List<CrontabEntry> entries = new CrontabParser().parse(CRONTAB);
        assertThat(entries).extracting(CrontabEntry::lineNumber).containsExactly(6, 7, 8, 9, 10, 11, 12, 14);

        CrontabEntry crawl = entries.getFirst();
        assertThat(crawl.schedule()).isEqualTo("*/15 * * * *");
        assertThat(crawl.command()).isEqualTo("cd /srv/scraper && python3 crawl.py --fast >> /var/log/crawl.log 2>&1");
        assertThat(crawl.proposedName()).isEqualTo("crawl-6");
        assertThat(crawl.variables()).isEqualTo(Map.of("SHELL", "/bin/bash", "API_URL", "https://api.example.com"));

        assertThat(entries.get(1).proposedName()).isEqualTo("backup-7");
        assertThat(entries.get(2).schedule()).isEqualTo("@daily");
        assertThat(entries.get(2).proposedName()).isEqualTo("daily-8");
        assertThat(entries.get(3).error()).isEqualTo("line 9: minute: 61 is outside 0-59");
        assertThat(entries.get(4).importable()).isTrue();
        assertThat(entries.get(4).command()).isEqualTo("date +%F > /tmp/today");
        assertThat(entries.get(5).error()).startsWith("line 11: '%' sends the rest of the line to the command's standard input");
        assertThat(entries.get(6).error()).isEqualTo("line 12: no command after the schedule");
        assertThat(entries.get(7).variables()).containsEntry("REGION", "eu");
    }

    @Test
    void acceptedEntriesBecomeShellTasksWithTheirVariables(@TempDir Path dir) {
        try (KumoCore core = TestCores.open(dir)) {
            core.tasks().create(new Task("crawl-6", "python3 old.py"));
            List<CrontabEntry> entries = new CrontabParser().parse(CRONTAB);
            List<CrontabImporter.Outcome> outcomes = new CrontabImporter(core.taskService()).importEntries(entries);

            assertThat(outcomes).filteredOn(o -> o.task() != null).extracting(o -> o.task().getName())
                    .containsExactly("crawl-6-2", "backup-7", "daily-8", "date-10", "monthly-14");
            assertThat(outcomes).filteredOn(o -> o.error() != null).hasSize(3);
            Task crawl = core.tasks().findByName("crawl-6-2").orElseThrow();
            assertThat(crawl.getCronExpression()).isEqualTo("*/15 * * * *");
            assertThat(crawl.isUseShell()).isTrue();
            assertThat(crawl.getEnvironmentVariables()).contains("\"API_URL\":\"https://api.example.com\"");
            assertThat(crawl.getDescription()).startsWith("Imported from crontab line 6: */15");
        }
    }
}
