package io.kumo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void percentilesInterpolateBetweenTheNearestValuesAsPercentileContDoes() {
        Durations durations = of(40, 10, 30, 20);

        assertThat(durations.percentile(0.5)).isEqualTo(25.0);
        assertThat(durations.percentile(0.95)).isEqualTo(38.5);
        assertThat(durations.percentile(0.0)).isEqualTo(10.0);
        assertThat(durations.percentile(1.0)).isEqualTo(40.0);
    }

    @Test
    void noValuesHaveNoPercentileAndOneValueIsEveryPercentile() {
        assertThat(new Durations().percentile(0.5)).isNull();
        assertThat(of(7).percentile(0.95)).isEqualTo(7.0);
    }

    @Test
    void valuesAddedAfterAPercentileCountInTheNext() {
        Durations durations = of(1, 2, 3);
        assertThat(durations.percentile(0.5)).isEqualTo(2.0);

        durations.addAll(of(100, 200));

        assertThat(durations.percentile(0.5)).isEqualTo(3.0);
        assertThat(durations.sum()).isEqualTo(306);
        assertThat(durations.size()).isEqualTo(5);
    }

    private static Durations of(long... values) {
        Durations durations = new Durations();
        for (long value : values) {
            durations.add(value);
        }
        return durations;
    }
}
