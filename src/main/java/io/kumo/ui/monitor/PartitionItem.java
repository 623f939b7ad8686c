package io.kumo.ui.monitor;

import io.kumo.monitor.SystemSample;

/** One mounted file system as the partitions list shows it. */
public record PartitionItem(String mount, String name, long total, long used, double usedFraction) {

    static PartitionItem of(SystemSample.Partition partition) {
        return new PartitionItem(partition.mount(), partition.name(), partition.total(),
                partition.total() - partition.usable(), partition.usedFraction());
    }

    public String usage() {
        return Units.bytes(used) + " of " + Units.bytes(total);
    }
}
