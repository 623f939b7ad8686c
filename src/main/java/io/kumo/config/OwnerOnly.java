package io.kumo.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Files and folders only their owner can read: folders 0700 and files 0600 (an owner's execute bit is kept) where
 * the file system has POSIX permissions, an ACL granting the owner alone elsewhere (Windows). Everything Kumo writes
 * in the data directory is created through here or tightened right after (files made by H2, Logback or a child), and
 * {@link PermissionRepair} tightens what an older Kumo left looser. Symbolic links are never followed.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parent owner-only; existing folders are tightened. */
    public static Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            tighten(absolute);
            return dir;
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.exists(parent)) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(absolute, attributes(true));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
        tighten(absolute); // a umask never adds bits, but an inherited default ACL or an existing folder might
        return dir;
    }

    /** Opens the file for writing, created owner-only; never through a symbolic link. */
    public static OutputStream newOutputStream(Path file, OpenOption... options) throws IOException {
        Set<OpenOption> open = new HashSet<>(List.of(options));
        if (open.isEmpty()) {
            open.addAll(List.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING));
        }
        open.add(StandardOpenOption.WRITE);
        open.add(LinkOption.NOFOLLOW_LINKS);
        OutputStream out = Channels.newOutputStream(Files.newByteChannel(file, open, attributes(false)));
        try {
            tighten(file); // an existing file keeps its mode when opened
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }

    /**
     * A scratch file for reading and writing, created owner-only and deleted when closed (on Unix at once: nothing is
     * left behind if the process dies).
     */
    public static FileChannel newScratchChannel(Path file) throws IOException {
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE, LinkOption.NOFOLLOW_LINKS),
                attributes(false));
    }

    /** Writes the file owner-only (created or replaced), never through a symbolic link. */
    public static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = newOutputStream(file)) {
            out.write(bytes);
        }
    }

    /** Creates an empty owner-only file unless it exists; refuses a symbolic link. */
    public static void createFile(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a symbolic link");
        }
        newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
    }

    /** Removes group and other access (POSIX) or every other user's ACL entry; a symbolic link is left alone. */
    public static boolean tighten(Path path) throws IOException {
        if (POSIX) {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return tighten(path, attributes);
        }
        if (Files.isSymbolicLink(path)) {
            return false;
        }
        return tightenAcl(path);
    }

    /** As {@link #tighten(Path)} with attributes already read (a folder walk has them). */
    static boolean tighten(Path path, PosixFileAttributes attributes) throws IOException {
        if (attributes.isSymbolicLink() || attributes.isOther()) {
            return false;
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.stream().noneMatch(GROUP_AND_OTHERS::contains)) {
            return false;
        }
        Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
        owner.addAll(permissions);
        owner.removeAll(GROUP_AND_OTHERS);
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setPermissions(owner);
        return true;
    }

    static boolean posix() {
        return POSIX;
    }

    private static FileAttribute<?>[] attributes(boolean folder) throws IOException {
        if (POSIX) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(folder ? FOLDER : FILE)};
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("acl")) {
            List<AclEntry> acl = List.of(ownerEntry(currentUser(), folder));
            return new FileAttribute<?>[] {new FileAttribute<List<AclEntry>>() {
                @Override
                public String name() {
                    return "acl:acl";
                }

                @Override
                public List<AclEntry> value() {
                    return acl;
                }
            }};
        }
        return new FileAttribute<?>[0];
    }

    private static boolean tightenAcl(Path path) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return false;
        }
        UserPrincipal owner = view.getOwner();
        List<AclEntry> acl = view.getAcl();
        if (acl.stream().allMatch(entry -> entry.principal().equals(owner))) {
            return false;
        }
        view.setAcl(List.of(ownerEntry(owner, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))));
        return true;
    }

    /** Full control for the owner alone; a folder passes it on to what is created inside. */
    private static AclEntry ownerEntry(UserPrincipal owner, boolean folder) {
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            entry.setFlags(java.nio.file.attribute.AclEntryFlag.FILE_INHERIT, java.nio.file.attribute.AclEntryFlag.DIRECTORY_INHERIT);
        }
        return entry.build();
    }

    private static UserPrincipal currentUser() throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }
}
