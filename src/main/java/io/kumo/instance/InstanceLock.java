package io.kumo.instance;

import io.kumo.config.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An OS file lock on {@code kumo.lock} that keeps a second Kumo process away from the same data directory. The lock
 * is released by the OS when the process dies, so a killed Kumo never leaves a stale lock behind; the file only
 * carries its holder ({@link LockHolder}: instance or CLI command, and pid), so that a second process knows whether to
 * wait for a short command or to turn to the running instance.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock as an instance at once, or fails with {@link AlreadyRunningException} whoever holds it. */
    public static InstanceLock acquire(Path lockFile) {
        return tryAcquire(lockFile, LockHolder.Role.INSTANCE).orElseThrow(() -> new AlreadyRunningException(
                lockFile.getParent(), holder(lockFile).map(holder -> Long.toString(holder.pid())).orElse(null)));
    }

    /**
     * Takes the lock for {@code role}, waiting (within {@code wait}'s bounds) while a CLI command holds it.
     *
     * @throws AlreadyRunningException when an instance holds it: there is no point waiting for one
     * @throws DataDirectoryBusyException when a command kept it past the wait's patience
     */
    public static InstanceLock acquire(Path lockFile, LockHolder.Role role, LockWait wait) {
        while (true) {
            Optional<InstanceLock> lock = tryAcquire(lockFile, role);
            if (lock.isPresent()) {
                return lock.get();
            }
            Optional<LockHolder> holder = holder(lockFile);
            if (holder.isPresent() && holder.get().role() == LockHolder.Role.INSTANCE) {
                throw new AlreadyRunningException(lockFile.getParent(), Long.toString(holder.get().pid()));
            }
            wait.commandHolds(holder.orElse(null)); // unknown: a new holder is still writing its name
            wait.pause();
        }
    }

    /** The lock for {@code role} if it is free now, with the holder written into the file. */
    public static Optional<InstanceLock> tryAcquire(Path lockFile, LockHolder.Role role) {
        FileChannel channel = null;
        try {
            OwnerOnly.createFile(lockFile);
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                closeQuietly(channel);
                return Optional.empty();
            }
            channel.truncate(0);
            byte[] holder = new LockHolder(role, ProcessHandle.current().pid()).format().getBytes(StandardCharsets.US_ASCII);
            channel.write(ByteBuffer.wrap(holder), 0);
            channel.force(false);
            return Optional.of(new InstanceLock(channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock " + lockFile + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this same JVM
        }
    }

    /**
     * Who holds the lock, as written in the file; empty while a new holder has not written its name yet, or when the
     * named process is gone (the name of an earlier holder).
     */
    public static Optional<LockHolder> holder(Path lockFile) {
        try {
            return LockHolder.parse(Files.readString(lockFile, StandardCharsets.US_ASCII))
                    .filter(holder -> ProcessHandle.of(holder.pid()).map(ProcessHandle::isAlive).orElse(false));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public synchronized void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }
}
