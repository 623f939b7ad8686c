package io.kumo.preview;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Buffered bytes of a file from a position on, knowing the file position of the next byte. Not thread-safe. */
final class ByteReader {

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private long bufferStart;

    ByteReader(FileChannel channel, long position) {
        this.channel = channel;
        this.bufferStart = position;
        buffer.limit(0);
    }

    /** The next byte (0-255), or -1 at the end of the file. */
    int read() throws IOException {
        if (!buffer.hasRemaining() && !fill()) {
            return -1;
        }
        return buffer.get() & 0xff;
    }

    long position() {
        return bufferStart + buffer.position();
    }

    private boolean fill() throws IOException {
        bufferStart += buffer.limit();
        buffer.clear();
        int read;
        do {
            read = channel.read(buffer, bufferStart + buffer.position());
        } while (read == 0);
        buffer.flip();
        return read > 0;
    }
}
