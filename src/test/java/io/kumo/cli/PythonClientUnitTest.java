package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Python client's own unit tests (clients/python/test_kumo_client_unit.py: the reconnect budget, retries in the run
 * JSON, the event parser, a refused connection), run by a real python3; those against a real Kumo run in RestApiIT.
 */
class PythonClientUnitTest {

    @Test
    void theClientsUnitTestsPass() throws Exception {
        Process python = new ProcessBuilder("python3", "-m", "unittest", "-v", "test_kumo_client_unit")
                .directory(Path.of("clients/python").toAbsolutePath().toFile()).redirectErrorStream(true).start();
        python.getOutputStream().close();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
        assertThat(output).contains("Ran ").doesNotContain("Ran 0 tests");
    }
}
