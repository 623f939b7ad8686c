package io.kumo.alerts;

import static io.kumo.alerts.AlertRulesTest.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PercentileTest {

    @Test
    void p95IsTheNearestRankOfTheSortedSamples() {
        List<Duration> twenty = new ArrayList<>();
        for (int i = 20; i >= 1; i--) {
            twenty.add(Duration.ofSeconds(i));
        }
        // ceil(0.95 * 20) = 19 → the 19th smallest
        assertThat(Percentile.p95(twenty)).contains(Duration.ofSeconds(19));
    }

    @Test
    void p95OfFewSamplesIsTheLargest() {
        assertThat(Percentile.p95(seconds(3, 1, 4, 1, 5, 9))).contains(Duration.ofSeconds(9));
    }

    @Test
    void underFiveSamplesThereIsNoP95() {
        assertThat(Percentile.p95(seconds(1, 2, 3, 4))).isEmpty();
        assertThat(Percentile.p95(List.of())).isEmpty();
    }

    @Test
    void onlyTheNewestThirtySamplesCount() {
        List<Duration> newestFirst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            newestFirst.add(Duration.ofSeconds(10));
        }
        newestFirst.add(Duration.ofHours(5));

        assertThat(Percentile.p95(newestFirst)).contains(Duration.ofSeconds(10));
    }

    @Test
    void medianByNearestRank() {
        assertThat(Percentile.nearestRank(seconds(5, 1, 3, 2, 4), 50)).contains(Duration.ofSeconds(3));
    }
}
