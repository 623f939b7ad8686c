package io.kumo.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;
    final TextFiles files = new TextFiles();

    @Test
    void crlfAndUtf8WithBomAreWrittenBackAsFound() throws IOException {
        byte[] original = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a = 'é'\r\nb = 2\r\n", StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("crlf.py"), original);
        TextDocument document = files.open(file);
        assertThat(document.text()).isEqualTo("a = 'é'\nb = 2\n");
        assertThat(document.lineEnding()).isEqualTo("\r\n");
        assertThat(document.byteOrderMark()).isTrue();

        files.save(document, document.text() + "c = 3\n", false);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "a = 'é'\r\nb = 2\r\nc = 3\r\n", StandardCharsets.UTF_8));
    }

    @Test
    void legacyEncodingsAndUtf16SurviveASave() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        Path legacy = Files.write(dir.resolve("legacy.py"), "name = 'café'\n".getBytes(cp1252));
        TextDocument document = files.open(legacy);
        assertThat(document.charset()).isEqualTo(cp1252);
        assertThat(document.text()).isEqualTo("name = 'café'\n");
        files.save(document, "name = 'crème'\n", false);
        assertThat(Files.readAllBytes(legacy)).isEqualTo("name = 'crème'\n".getBytes(cp1252));

        Path utf16 = Files.write(dir.resolve("utf16.py"), bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "x = 'ü'\n", StandardCharsets.UTF_16LE));
        TextDocument wide = files.open(utf16);
        assertThat(wide.text()).isEqualTo("x = 'ü'\n");
        files.save(wide, "x = 'ö'\n", false);
        assertThat(Files.readAllBytes(utf16)).isEqualTo(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "x = 'ö'\n", StandardCharsets.UTF_16LE));
    }

    @Test
    void binaryIsRefusedLargeIsReadOnlyHugeIsRefused() throws IOException {
        Path binary = Files.write(dir.resolve("data.pyc"), new byte[] {0x42, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0});
        assertThatThrownBy(() -> files.open(binary)).isInstanceOf(FileTooLargeOrBinaryException.class)
                .hasMessage("data.pyc looks like a binary file; it is not opened in the editor");

        Path large = Files.writeString(dir.resolve("large.csv"), "a,b\n".repeat(1_600_000));
        TextDocument document = files.open(large);
        assertThat(document.readOnly()).isTrue();
        assertThat(document.readOnlyReason()).isEqualTo("Over 5 MB: opened read-only");
        assertThatThrownBy(() -> files.save(document, "x", true)).hasMessageContaining("read-only");

        Path huge = dir.resolve("huge.log");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        assertThatThrownBy(() -> files.open(huge)).hasMessage("huge.log is 21 MB; files over 20 MB are not opened in the editor");
    }

    @Test
    void aFileChangedByAnotherProgramIsNotOverwrittenUnlessForced() throws IOException {
        Path file = Files.writeString(dir.resolve("main.py"), "print(1)\n");
        TextDocument document = files.open(file);
        Files.writeString(file, "print('theirs')\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThatThrownBy(() -> files.save(document, "print('mine')\n", false)).isInstanceOf(FileChangedOnDiskException.class);
        assertThat(file).hasContent("print('theirs')");
        files.save(document, "print('mine')\n", true);
        assertThat(file).hasContent("print('mine')");
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactly("main.py");
        }
    }

    private static byte[] bytes(byte[] mark, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }
}
