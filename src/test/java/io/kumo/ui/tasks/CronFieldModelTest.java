package io.kumo.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The editor's cron field, without a toolkit: error in place, words, next fire times in the task's zone. */
class CronFieldModelTest {

    private final CronFieldModel model = new CronFieldModel(Clock.fixed(Instant.parse("2026-03-02T10:02:00Z"), ZoneOffset.UTC));

    @Test
    void namesTheFieldOfAnInvalidExpression() {
        model.zoneProperty().set("UTC");
        model.textProperty().set("61 * * * *");

        assertThat(model.errorProperty().get()).isEqualTo("minute: 61 is outside 0-59");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.nextFires()).isEmpty();
    }

    @Test
    void upperCaseMacroIsAnErrorAsInCrontab() {
        model.textProperty().set("@DAILY");

        assertThat(model.errorProperty().get()).startsWith("unknown macro '@DAILY' (macros are lower case: @daily)");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.nextFires()).isEmpty();
    }

    @Test
    void describesAndListsTheNextFiveFiresInTheTaskZone() {
        model.zoneProperty().set("Europe/Berlin");
        model.textProperty().set("0 6 * * *");

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.descriptionProperty().get()).isNotBlank();
        assertThat(model.nextFires()).hasSize(5).first().isEqualTo("Tue, Mar 3, 2026, 6:00\u202fAM");
    }

    @Test
    void followsTheZone() {
        model.textProperty().set("0 6 * * *");
        model.zoneProperty().set("UTC");
        String utc = model.nextFires().getFirst();
        model.zoneProperty().set("America/New_York");

        assertThat(utc).isEqualTo("Tue, Mar 3, 2026, 6:00\u202fAM");
        assertThat(model.nextFires().getFirst()).isEqualTo("Mon, Mar 2, 2026, 6:00\u202fAM");
    }

    @Test
    void blankIsNeitherAnErrorNorValid() {
        model.textProperty().set("61 * * * *");
        model.textProperty().set("  ");

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.descriptionProperty().get()).isEqualTo(CronFieldModel.HINT);
    }
}
