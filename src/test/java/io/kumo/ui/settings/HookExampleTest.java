package io.kumo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The curl example's shell signs the body as a GitHub-style receiver checks it. */
class HookExampleTest {

    @Test
    void theShellSignatureIsTheHmacSha256OfTheBody() throws Exception {
        String secret = "k3y-With-Symbols_42";
        String example = HookExample.curl("http://127.0.0.1:8765/api/v1/hooks/abc", secret);
        // the example's own lines up to the signature, then print what curl would send
        String script = example.lines().filter(line -> line.startsWith("body=") || line.startsWith("sig="))
                .reduce("", (all, line) -> all + line + "\n") + "printf '%s\\n%s' \"$body\" \"$sig\"";
        Process shell = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();
        String[] out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(out[0].getBytes(StandardCharsets.UTF_8)));
        assertThat(out[1]).isEqualTo(expected);
        assertThat(example).contains("X-Hub-Signature-256: sha256=$sig").contains("?token=" + secret);
    }
}
