package io.kumo.supervisor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Drains one pipe of the child as fast as it writes, splitting it into lines. Invalid UTF-8 becomes U+FFFD instead of
 * breaking the capture; a line longer than {@value #MAX_LINE_BYTES} bytes is cut into pieces (between characters,
 * never inside one) so one endless line cannot exhaust memory. Each piece says whether its line goes on, so a
 * masking step can see across the cut. Lines are handed over as bytes in the pump's own buffer ({@link Lines}), so
 * draining allocates nothing per line; {@link #decoded} makes Strings of them for a consumer that needs text.
 */
final class StreamPump implements Runnable {

    static final int MAX_LINE_BYTES = 64 * 1024;

    /** Receives the lines, a line longer than the limit as several pieces. */
    interface Pieces {
        /** @param continues the piece was cut from a longer line, which goes on in the next piece */
        void accept(String text, boolean continues);
    }

    /** Receives the lines as bytes, without newline (nor the {@code \r} before it), in an array reused after the call. */
    interface Lines {
        /** @param continues the piece was cut from a longer line, which goes on in the next piece */
        void accept(byte[] bytes, int length, boolean continues);
    }

    private final InputStream input;
    private final Lines lines;
    private final Runnable afterChunk;
    /** Starts small and grows up to {@link #MAX_LINE_BYTES}: most runs print little, and buffers per run add up. */
    private byte[] pending = new byte[256];
    private int pendingLength;

    StreamPump(InputStream input, Lines lines, Runnable afterChunk) {
        this.input = input;
        this.lines = lines;
        this.afterChunk = afterChunk;
    }

    /**
     * Each line decoded: one allocation per line, the String constructor decodes ASCII in bulk and, like a REPLACE
     * decoder, turns invalid UTF-8 into U+FFFD (a CharsetDecoder allocates a CharBuffer per line on top).
     */
    static Lines decoded(Pieces pieces) {
        return (bytes, length, continues) -> pieces.accept(new String(bytes, 0, length, StandardCharsets.UTF_8), continues);
    }

    @Override
    public void run() {
        // small for the many runs that print little; grows while the child keeps the pipe full
        byte[] buffer = new byte[512];
        try (input) {
            int read;
            while ((read = input.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        emit(pendingLength, false);
                    } else {
                        if (pendingLength == pending.length) {
                            if (pending.length < MAX_LINE_BYTES) {
                                pending = Arrays.copyOf(pending, Math.min(MAX_LINE_BYTES, pending.length * 4));
                            } else {
                                cut();
                            }
                        }
                        pending[pendingLength++] = b;
                    }
                }
                afterChunk.run();
                if (read == buffer.length && buffer.length < 64 * 1024) {
                    buffer = new byte[buffer.length * 4];
                }
            }
        } catch (IOException e) {
            // the pipe closed under us (process killed): whatever was read is kept below
        }
        if (pendingLength > 0) {
            emit(pendingLength, false);
        }
        afterChunk.run();
    }

    /** Sends the full buffer up to the last character start as a piece; an unfinished character stays for the next. */
    private void cut() {
        int end = pendingLength;
        int start = end - 1;
        while (start > end - 4 && start > 0 && (pending[start] & 0xC0) == 0x80) {
            start--; // continuation bytes: back to the lead byte
        }
        int lead = pending[start] & 0xFF;
        int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        int boundary = start + needed <= end ? end : start; // the last character is complete, or it waits
        if (boundary == 0) {
            boundary = end;
        }
        int kept = end - boundary;
        emit(boundary, true);
        System.arraycopy(pending, boundary, pending, 0, kept);
        pendingLength = kept;
    }

    private void emit(int bytes, boolean continues) {
        int length = bytes;
        if (!continues && length > 0 && pending[length - 1] == '\r') {
            length--;
        }
        lines.accept(pending, length, continues);
        pendingLength = 0;
    }
}
