package io.kumo.logs;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a log's last lines begin, found by reading back from its end (a log may be many megabytes). */
public final class LogTail {

    private static final int BLOCK = 64 * 1024;

    private LogTail() {
    }

    /**
     * The byte offset at which the last {@code lines} lines of the log begin: 0 when it has no more than that, or does
     * not exist. A last line without its line end counts as a line; the line end after the last line starts none.
     */
    public static long startOfLast(Path log, int lines) throws IOException {
        if (lines <= 0) {
            throw new IllegalArgumentException("lines must be positive");
        }
        if (!Files.isRegularFile(log)) {
            return 0;
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long position = length > 0 && byteAt(file, length - 1) == '\n' ? length - 1 : length;
            int found = 0;
            byte[] block = new byte[BLOCK];
            while (position > 0) {
                int size = (int) Math.min(BLOCK, position);
                file.seek(position - size);
                file.readFully(block, 0, size);
                for (int i = size - 1; i >= 0; i--) {
                    if (block[i] == '\n' && ++found == lines) {
                        return position - size + i + 1;
                    }
                }
                position -= size;
            }
            return 0;
        }
    }

    private static int byteAt(RandomAccessFile file, long at) throws IOException {
        file.seek(at);
        return file.read();
    }
}
