package io.kumo.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DayLabelsTest {

    @Test
    void everyDayIsLabelledWhenLabelsAndTheirGapFit() {
        assertThat(DayLabels.step(40, 40 + DayLabels.MIN_GAP)).isEqualTo(1);
    }

    @Test
    void labelsThatWouldOnlyJustTouchSkipEveryOtherDay() {
        assertThat(DayLabels.step(40, 41)).isEqualTo(2);
    }

    @Test
    void crowdedDaysAreLabelledSparselyEnoughToKeepTheGap() {
        assertThat(DayLabels.step(40, 10)).isEqualTo(6); // 52 px of label and gap over days 10 px apart
    }

    @Test
    void anAxisNotYetLaidOutLabelsEveryDay() {
        assertThat(DayLabels.step(40, 0)).isEqualTo(1);
        assertThat(DayLabels.step(40, Double.NaN)).isEqualTo(1);
    }
}
