package io.kumo.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

/**
 * Reads and writes source files for the editor. Encoding: a byte-order mark decides, else UTF-8 when the bytes are
 * valid UTF-8, else windows-1252 (which decodes any byte); line endings: CRLF when the file has more CRLF than LF
 * alone. Both are written back as found. Binary files are refused; files over 5 MB open read-only; over 20 MB not
 * at all. Saving writes a temporary file and renames it over the original, so a full disk never leaves half a file.
 */
public final class TextFiles {

    public static final long READ_ONLY_ABOVE = 5L * 1024 * 1024;
    public static final long REFUSED_ABOVE = 20L * 1024 * 1024;
    private static final int BINARY_PROBE = 8 * 1024;
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    public TextDocument open(Path file) {
        try {
            long size = Files.size(file);
            if (size > REFUSED_ABOVE) {
                throw new FileTooLargeOrBinaryException(file.getFileName() + " is " + size / (1024 * 1024)
                        + " MB; files over " + REFUSED_ABOVE / (1024 * 1024) + " MB are not opened in the editor");
            }
            byte[] bytes = Files.readAllBytes(file);
            boolean bom = startsWith(bytes, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            Charset charset = bom ? StandardCharsets.UTF_8 : utf16Bom(bytes);
            if (charset == null && looksBinary(bytes)) {
                throw new FileTooLargeOrBinaryException(file.getFileName() + " looks like a binary file; it is not opened in the editor");
            }
            String text;
            if (charset != null) {
                int skip = bom ? 3 : 2;
                text = new String(bytes, skip, bytes.length - skip, charset);
                bom = true;
            } else {
                charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : FALLBACK;
                text = new String(bytes, charset);
            }
            String lineEnding = lineEndingOf(text);
            boolean large = size > READ_ONLY_ABOVE;
            return new TextDocument(file, text.replace("\r\n", "\n"), charset, bom, lineEnding, large,
                    large ? "Over " + READ_ONLY_ABOVE / (1024 * 1024) + " MB: opened read-only" : null,
                    Files.getLastModifiedTime(file), size);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Bytes of an earlier version of the same file, read with the document's encoding and as editor text. */
    static String decodeLike(TextDocument document, byte[] bytes) {
        int skip = 0;
        if (startsWith(bytes, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)) {
            skip = 3;
        } else if (utf16Bom(bytes) != null) {
            skip = 2;
        }
        return new String(bytes, skip, bytes.length - skip, document.charset()).replace("\r\n", "\n");
    }

    /** The bytes the document would be written as (encoding, BOM and line endings as found). */
    public byte[] encode(TextDocument original, String text) {
        String withEndings = original.lineEnding().equals("\n") ? text : text.replace("\n", original.lineEnding());
        byte[] body = withEndings.getBytes(original.charset());
        byte[] mark = original.byteOrderMark() ? byteOrderMark(original.charset()) : new byte[0];
        byte[] bytes = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        return bytes;
    }

    private static byte[] byteOrderMark(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_16BE)) {
            return new byte[] {(byte) 0xFE, (byte) 0xFF};
        }
        if (charset.equals(StandardCharsets.UTF_16LE)) {
            return new byte[] {(byte) 0xFF, (byte) 0xFE};
        }
        return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    }

    /**
     * Writes {@code text} over the file.
     *
     * @param force write even when the file changed on disk since {@code original} was read
     * @throws FileChangedOnDiskException when it changed and {@code force} is false
     */
    public TextDocument save(TextDocument original, String text, boolean force) {
        Path file = original.path();
        if (original.readOnly()) {
            throw new io.kumo.common.ValidationException(file.getFileName() + " is open read-only: " + original.readOnlyReason());
        }
        try {
            if (!force && changedOnDisk(original)) {
                throw new FileChangedOnDiskException(file.getFileName() + " was changed by another program since it was opened");
            }
            Path temporary = file.resolveSibling("." + file.getFileName() + ".kumo-save");
            try {
                Files.write(temporary, encode(original, text));
                move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return new TextDocument(file, text, original.charset(), original.byteOrderMark(), original.lineEnding(),
                    false, null, Files.getLastModifiedTime(file), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + file + " (nothing was changed): " + e.getMessage(), e);
        }
    }

    public boolean changedOnDisk(TextDocument document) {
        return diskState(document) != DiskState.AS_READ;
    }

    /** How the file on disk compares with the document as it was last read or written. */
    public enum DiskState { AS_READ, CHANGED, DELETED }

    public DiskState diskState(TextDocument document) {
        try {
            if (!Files.exists(document.path())) {
                return DiskState.DELETED;
            }
            boolean same = Files.getLastModifiedTime(document.path()).equals(document.modified())
                    && Files.size(document.path()) == document.size();
            return same ? DiskState.AS_READ : DiskState.CHANGED;
        } catch (IOException e) {
            return DiskState.CHANGED;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String lineEndingOf(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    private static Charset utf16Bom(byte[] bytes) {
        if (startsWith(bytes, (byte) 0xFE, (byte) 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, (byte) 0xFF, (byte) 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
