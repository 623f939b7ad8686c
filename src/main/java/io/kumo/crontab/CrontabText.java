package io.kumo.crontab;

import io.kumo.common.ValidationException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A crontab's bytes as text: strict UTF-8 and no NUL byte, else one message naming the first bad line. */
public final class CrontabText {

    private CrontabText() {
    }

    /** @param source how the user named the input (a path, or "standard input"), for the message */
    public static String decode(byte[] bytes, String source) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw notText(source, lineAt(bytes, i), "has a NUL byte");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notText(source, lineAt(bytes, in.position()), "is not valid UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static ValidationException notText(String source, int line, String problem) {
        return new ValidationException(source + " is not a text file (line " + line + " " + problem + ")");
    }
}
