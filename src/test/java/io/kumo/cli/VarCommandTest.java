package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VarCommandTest {

    @TempDir
    Path data;

    @Test
    void anEmptySecretAnswersExitTwoWithOneLineAndStoresNothing() {
        CliRun cli = new CliRun(data);
        assertThat(cli.kumo("var", "set", "API_TOKEN", "", "--secret")).isEqualTo(2);
        assertThat(cli.err().lines()).containsExactly("kumo: variable API_TOKEN: a secret needs a value, and this one is empty");

        assertThat(cli.kumo("var", "list")).isZero();
        assertThat(cli.out()).doesNotContain("API_TOKEN");
        assertThat(cli.kumo("var", "set", "PLAIN_EMPTY", "")).isZero();
    }
}
