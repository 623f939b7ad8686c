package io.kumo.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Builds the archives the tests import, hostile ones included (entry names are written exactly as given). */
final class Zips {

    private Zips() {
    }

    static Path of(Path file, Map<String, String> entries) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    static Path withSymlink(Path file, String name, String target) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zip.putArchiveEntry(new ZipArchiveEntry("main.py"));
            zip.write("print('hi')\n".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            ZipArchiveEntry link = new ZipArchiveEntry(name);
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            zip.putArchiveEntry(link);
            zip.write(target.getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        return file;
    }

    /** One entry of {@code megabytes} zeros: compresses about 1000 to 1. */
    static Path bomb(Path file, int megabytes) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zip.putArchiveEntry(new ZipArchiveEntry("zeros.bin"));
            byte[] megabyte = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(megabyte);
            }
            zip.closeArchiveEntry();
        }
        return file;
    }

    static Path truncated(Path source, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, bytes.length / 2);
        }
        return file;
    }
}
