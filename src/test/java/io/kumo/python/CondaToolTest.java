package io.kumo.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CondaToolTest {

    final Path prefix = Path.of("/data/environments/ds");

    @Test
    void condaCommandsWorkOnThePrefix() {
        CondaTool conda = new CondaTool(Path.of("/opt/conda/bin/conda"), CondaTool.Flavor.CONDA);
        assertThat(conda.createCommand(prefix, "3.12"))
                .containsExactly("/opt/conda/bin/conda", "create", "-y", "-p", "/data/environments/ds", "python=3.12");
        assertThat(conda.installCommand(prefix, List.of("numpy>=2", "pandas")))
                .containsExactly("/opt/conda/bin/conda", "install", "-y", "-p", "/data/environments/ds", "numpy>=2", "pandas");
        assertThat(conda.listCommand(prefix)).containsExactly("/opt/conda/bin/conda", "list", "-p", "/data/environments/ds", "--json");
    }

    @Test
    void micromambaIsGivenAChannelBecauseItHasNoDefault() {
        CondaTool micromamba = new CondaTool(Path.of("/usr/local/bin/micromamba"), CondaTool.Flavor.MICROMAMBA);
        assertThat(micromamba.createCommand(prefix, "3.11")).endsWith("python=3.11", "-c", "conda-forge");
        assertThat(micromamba.removeCommand(prefix, List.of("numpy"))).doesNotContain("-c");
    }
}
