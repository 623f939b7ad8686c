package io.kumo.project;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A text file as the editor holds it: the text with {@code \n} line ends, and what saving needs to write it back the
 * same way (encoding, byte-order mark, line ending) and to notice that it changed on disk meanwhile.
 */
public record TextDocument(Path path, String text, Charset charset, boolean byteOrderMark, String lineEnding,
                           boolean readOnly, String readOnlyReason, FileTime modified, long size) {
}
