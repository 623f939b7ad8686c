package io.kumo.ui.monitor;

import io.kumo.monitor.SystemSample;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** How full the partition holding the data directory is. */
public record DiskUse(String mount, long total, long usable) {

    public double usedFraction() {
        return total == 0 ? 0 : 1 - (double) usable / total;
    }

    public String detail() {
        return Units.bytes(usable) + " free of " + Units.bytes(total) + " · " + mount;
    }

    /**
     * The partition whose mount point is the longest prefix of {@code folder}; the folder's own file store when no
     * listed partition holds it (a tmpfs, say). Reads the disk: call it off the FX thread.
     */
    static DiskUse of(Path folder, List<SystemSample.Partition> partitions) throws IOException {
        Path real = folder.toAbsolutePath().normalize();
        Optional<SystemSample.Partition> holding = partitions.stream()
                .filter(partition -> partition.mount() != null && !partition.mount().isEmpty()
                        && real.startsWith(Path.of(partition.mount())))
                .max(Comparator.comparingInt(partition -> Path.of(partition.mount()).getNameCount()));
        if (holding.isPresent()) {
            return new DiskUse(holding.get().mount(), holding.get().total(), holding.get().usable());
        }
        FileStore store = Files.getFileStore(real);
        return new DiskUse(store.name(), store.getTotalSpace(), store.getUsableSpace());
    }
}
