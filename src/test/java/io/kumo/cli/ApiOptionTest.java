package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.config.DataDirectoryResolver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ApiOptionTest {

    @TempDir
    Path home;

    @Test
    void aBadApiAddressIsAUsageErrorInOneLineBeforeAnythingOpens() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine kumo = new CommandLine(new KumoCommand(new DataDirectoryResolver(Map.of(), "Linux", home), null, null));
        kumo.setErr(new PrintWriter(err, true));
        Path dataDir = home.resolve("data");

        int code = kumo.execute("--headless", "--data-dir", dataDir.toString(), "--api", "host:abc");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("kumo: --api: API address: 'host:abc' has no valid port (0-65535)" + System.lineSeparator());
        assertThat(Files.exists(dataDir)).isFalse();
    }
}
