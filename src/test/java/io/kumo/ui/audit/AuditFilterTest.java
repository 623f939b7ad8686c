package io.kumo.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.audit.AuditQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void daysAreInclusiveInTheLocalZone() {
        AuditQuery query = new AuditFilter("", "", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "").toQuery(PARIS, 10);
        assertThat(query.since()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(query.until()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
    }

    @Test
    void blankChoicesMeanAny() {
        AuditQuery query = new AuditFilter("", null, null, null, "  ").toQuery(PARIS, 5);
        assertThat(query).isEqualTo(new AuditQuery(null, null, null, null, null, 5));
    }

    @Test
    void chosenValuesAreQueried() {
        AuditQuery query = new AuditFilter("UPDATE", "TASK", null, null, " alpha ").toQuery(PARIS, 5);
        assertThat(query).isEqualTo(new AuditQuery(null, null, "UPDATE", "TASK", "alpha", 5));
    }

    @Test
    void aStartAfterTheEndIsBackwards() {
        assertThat(new AuditFilter("", "", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), "").isBackwards()).isTrue();
        assertThat(new AuditFilter("", "", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), "").isBackwards()).isFalse();
        assertThat(AuditFilter.NONE.isBackwards()).isFalse();
    }
}
