package io.kumo.supervisor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Drains one pipe of the child as fast as it writes, splitting it into lines. Invalid UTF-8 becomes U+FFFD instead of
 * breaking the capture; a line longer than {@value #MAX_LINE_BYTES} bytes is cut into pieces so one endless line
 * cannot exhaust memory.
 */
final class StreamPump implements Runnable {

    static final int MAX_LINE_BYTES = 64 * 1024;

    private final InputStream input;
    private final Consumer<String> lines;
    private final Runnable afterChunk;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** Starts small and grows up to {@link #MAX_LINE_BYTES}: most runs print little, and buffers per run add up. */
    private byte[] pending = new byte[256];
    private int pendingLength;

    StreamPump(InputStream input, Consumer<String> lines, Runnable afterChunk) {
        this.input = input;
        this.lines = lines;
        this.afterChunk = afterChunk;
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
                        emit();
                    } else {
                        if (pendingLength == pending.length) {
                            if (pending.length < MAX_LINE_BYTES) {
                                pending = java.util.Arrays.copyOf(pending, Math.min(MAX_LINE_BYTES, pending.length * 4));
                            } else {
                                emit();
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
            emit();
        }
        afterChunk.run();
    }

    private void emit() {
        int length = pendingLength;
        if (length > 0 && pending[length - 1] == '\r') {
            length--;
        }
        try {
            CharBuffer text = decoder.reset().decode(ByteBuffer.wrap(pending, 0, length));
            lines.accept(text.toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            lines.accept(new String(pending, 0, length, StandardCharsets.UTF_8));
        }
        pendingLength = 0;
    }
}
