package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorSummaryTest {

    @Test
    void namesTheExceptionThatEndsAPythonTraceback() {
        ErrorSummary summary = new ErrorSummary();
        for (String line : """
                Traceback (most recent call last):
                  File "/srv/etl.py", line 12, in <module>
                    load(rows)
                  File "/srv/etl.py", line 8, in load
                    raise ValueError(f"bad row {i}")
                ValueError: bad row 7
                """.lines().toList()) {
            summary.addStderrLine(line);
        }
        assertThat(summary.summary()).isEqualTo("ValueError: bad row 7");
    }

    @Test
    void chainedTracebacksGiveTheLastException() {
        ErrorSummary summary = new ErrorSummary();
        for (String line : """
                Traceback (most recent call last):
                  File "a.py", line 1, in <module>
                KeyError: 'x'

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "a.py", line 3, in <module>
                requests.exceptions.ConnectionError: host unreachable
                """.lines().toList()) {
            summary.addStderrLine(line);
        }
        assertThat(summary.summary()).isEqualTo("requests.exceptions.ConnectionError: host unreachable");
    }

    @Test
    void withoutTracebackTheLastStderrLineIsTheSummary() {
        ErrorSummary summary = new ErrorSummary();
        summary.addStderrLine("warning: cache cold");
        summary.addStderrLine("fatal: cannot reach database");
        summary.addStderrLine("   ");
        assertThat(summary.summary()).isEqualTo("fatal: cannot reach database");
    }

    @Test
    void silentStderrHasNoSummary() {
        assertThat(new ErrorSummary().summary()).isNull();
    }
}
