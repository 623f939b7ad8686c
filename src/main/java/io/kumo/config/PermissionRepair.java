package io.kumo.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Tightens everything under a folder that is looser than owner-only ({@link OwnerOnly}): one walk, symbolic links
 * neither followed nor changed, an entry that cannot be changed (another owner's) counted and skipped. Each entry is
 * read once (one stat, which on POSIX carries the mode); only what is too loose costs a second system call.
 */
public final class PermissionRepair {

    /** What one walk did. */
    public record Result(int visited, int tightened, int failed) {
    }

    private int visited;
    private int tightened;
    private int failed;

    private PermissionRepair() {
    }

    public static Result repair(Path root) {
        PermissionRepair repair = new PermissionRepair();
        repair.visit(root);
        return new Result(repair.visited, repair.tightened, repair.failed);
    }

    private void visit(Path path) {
        boolean folder;
        try {
            visited++;
            if (OwnerOnly.posix()) {
                PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                folder = attributes.isDirectory();
                tightened += OwnerOnly.tighten(path, attributes) ? 1 : 0;
            } else {
                folder = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory();
                tightened += OwnerOnly.tighten(path) ? 1 : 0;
            }
        } catch (IOException | RuntimeException e) {
            failed++;
            return;
        }
        if (folder) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                for (Path entry : entries) {
                    visit(entry);
                }
            } catch (IOException | RuntimeException e) {
                failed++;
            }
        }
    }
}
