package io.kumo.preview;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Guesses a text file's encoding (UTF-8 with or without BOM, else Latin-1) and a delimited file's delimiter from its start. */
final class TextSniffer {

    static final int SAMPLE_BYTES = 1 << 16;
    private static final int[] DELIMITERS = {',', ';', '\t', '|'};

    record Encoding(Charset charset, int bomLength) { }

    private TextSniffer() {
    }

    static byte[] head(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(SAMPLE_BYTES, channel.size()));
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // until the sample is full or the file ends
        }
        return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    static Encoding encoding(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        int end = head.length;
        if (head.length == SAMPLE_BYTES) { // the sample may end inside a character: drop its last bytes
            while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            end = Math.max(0, end - 1);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return new Encoding(StandardCharsets.UTF_8, 0);
        } catch (CharacterCodingException e) {
            return new Encoding(StandardCharsets.ISO_8859_1, 0);
        }
    }

    /**
     * The delimiter that splits the sample's lines into the same number (more than one) of fields most often; a
     * {@code .tsv} name prefers tab.
     */
    static int delimiter(String sample, boolean tabByName) {
        if (tabByName) {
            return '\t';
        }
        List<String> lines = sample.lines().limit(50).toList();
        int best = ',';
        int bestScore = 0;
        for (int delimiter : DELIMITERS) {
            int score = score(lines, delimiter);
            if (score > bestScore) {
                best = delimiter;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many lines have the first line's field count (over one), counting delimiters outside quotes. */
    private static int score(List<String> lines, int delimiter) {
        if (lines.isEmpty()) {
            return 0;
        }
        long first = fields(lines.getFirst(), delimiter);
        if (first < 2) {
            return 0;
        }
        return (int) lines.stream().filter(line -> fields(line, delimiter) == first).count() * (int) Math.min(first, 50);
    }

    private static long fields(String line, int delimiter) {
        long count = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
