package io.kumo.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.audit.AuditEntry;
import io.kumo.audit.FieldChange;
import io.kumo.settings.Settings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Audit entries in words on screen, their stored keys in the CSV export. */
class AuditTextTest {

    private static final AuditNames NAMES = new AuditNames(Map.of(1L, "quotes"), Map.of(4L, "py311"));

    private static AuditEntry entry(String action, String type, String id, String name, FieldChange... changes) {
        return new AuditEntry(1, Instant.parse("2026-12-05T04:54:20Z"), "ann@box", action, type, id, name, List.of(changes), null);
    }

    @Test
    void idsReadAsTheNamesTheyPointAt() {
        AuditEntry update = entry("UPDATE", "TASK", "7", "report", new FieldChange("projectId", null, 1L),
                new FieldChange("environmentId", 4L, 9L));

        assertThat(AuditText.changes(update, NAMES)).isEqualTo("Project: none → quotes; Environment: py311 → #9");
        assertThat(AuditText.rawChanges(update)).isEqualTo("projectId: ∅ → 1; environmentId: 4 → 9");
    }

    @Test
    void aPauseOfTheSchedulerReadsAsWhatHappened() {
        String key = Settings.SCHEDULER_PAUSED.key();
        AuditEntry pause = entry("SETTINGS_CHANGE", "SETTING", key, "Scheduling paused", new FieldChange(key, "false", "true"));
        AuditEntry resume = entry("SETTINGS_CHANGE", "SETTING", key, "Scheduling paused", new FieldChange(key, "true", "false"));

        assertThat(AuditText.action(pause)).isEqualTo("Scheduler paused");
        assertThat(AuditText.action(resume)).isEqualTo("Scheduler resumed");
        assertThat(AuditText.changes(pause, AuditNames.NONE)).isEqualTo("Scheduling paused: No → Yes");
    }

    @Test
    void fieldsAndEnumValuesReadAsWordsButNamesStayAsTyped() {
        AuditEntry update = entry("UPDATE", "TASK", "7", "ETL", new FieldChange("triggerType", "CRON", "INTERVAL"),
                new FieldChange("name", "ETL", "ETL_DAILY"), new FieldChange("timeoutSeconds", 60, 120));

        assertThat(AuditText.changes(update, NAMES))
                .isEqualTo("Schedule: Cron → Interval; Name: ETL → ETL_DAILY; Timeout (s): 60 → 120");
        assertThat(AuditText.action(update)).isEqualTo("Update");
    }

    @Test
    void aThemeReadsAsAWordAndAMultiLineValueFitsOneTableRow() {
        String key = Settings.THEME.key();
        AuditEntry theme = entry("SETTINGS_CHANGE", "SETTING", key, "Theme", new FieldChange(key, "LIGHT", "DARK"));
        AuditEntry workflow = entry("CREATE", "WORKFLOW", "3", "etl", new FieldChange("definition", null, "name: etl\nsteps:\n  - a"));

        assertThat(AuditText.changes(theme, AuditNames.NONE)).isEqualTo("Theme: Light → Dark");
        assertThat(AuditText.changesInOneLine(workflow, AuditNames.NONE)).isEqualTo("Definition: none → name: etl steps: - a");
        assertThat(AuditText.changes(workflow, AuditNames.NONE)).contains("\n");
    }
}
