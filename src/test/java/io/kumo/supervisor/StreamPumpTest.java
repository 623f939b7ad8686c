package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamPumpTest {

    private final List<String> lines = new ArrayList<>();

    private void pump(String text, SecretMask mask) {
        SecretMask.Pieces pieces = mask.pieces(lines::add);
        new StreamPump(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StreamPump.decoded(pieces::accept), () -> { }).run();
    }

    @Test
    void aSecretStraddlingTheLineCutIsMasked() {
        String before = "x".repeat(StreamPump.MAX_LINE_BYTES - 7);
        pump(before + "hunter2-secret after\nnext line\n", SecretMask.of(List.of("hunter2-secret")));

        assertThat(String.join("", lines.subList(0, lines.size() - 1))).isEqualTo(before + "****** after");
        assertThat(lines).noneMatch(line -> line.contains("hunter") || line.contains("secret"));
        assertThat(lines.getLast()).isEqualTo("next line");
    }

    @Test
    void aLineCutNeverSplitsACharacter() {
        String before = "x".repeat(StreamPump.MAX_LINE_BYTES - 1);
        pump(before + "ü" + "y\n", SecretMask.none()); // 'ü' is two bytes: the first would end the full buffer

        assertThat(lines).containsExactly(before, "üy");
    }
}
