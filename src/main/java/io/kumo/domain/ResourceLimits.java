package io.kumo.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run may use; a null field is not limited. {@code cpuPercent} is a share of one core (150 = one and a half
 * cores); {@code maxOutputBytes} caps each file the run writes.
 */
public record ResourceLimits(Long memoryBytes, Integer cpuPercent, Integer maxProcesses, Integer maxOpenFiles,
                             Long maxOutputBytes) {

    public static final ResourceLimits NONE = new ResourceLimits(null, null, null, null, null);

    public ResourceLimits {
        requirePositive(memoryBytes, "memory limit");
        requirePositive(cpuPercent, "CPU limit");
        requirePositive(maxProcesses, "process limit");
        requirePositive(maxOpenFiles, "open files limit");
        requirePositive(maxOutputBytes, "output size limit");
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Each field this record leaves open taken from {@code defaults}. */
    public ResourceLimits orDefaults(ResourceLimits defaults) {
        return new ResourceLimits(memoryBytes != null ? memoryBytes : defaults.memoryBytes,
                cpuPercent != null ? cpuPercent : defaults.cpuPercent,
                maxProcesses != null ? maxProcesses : defaults.maxProcesses,
                maxOpenFiles != null ? maxOpenFiles : defaults.maxOpenFiles,
                maxOutputBytes != null ? maxOutputBytes : defaults.maxOutputBytes);
    }

    /** "memory 500 MB, CPU 50%, 100 processes, 1024 open files, output 1 GB"; "none" when nothing is limited. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (memoryBytes != null) {
            parts.add("memory " + ByteSize.format(memoryBytes));
        }
        if (cpuPercent != null) {
            parts.add("CPU " + cpuPercent + "%");
        }
        if (maxProcesses != null) {
            parts.add(maxProcesses + " processes");
        }
        if (maxOpenFiles != null) {
            parts.add(maxOpenFiles + " open files");
        }
        if (maxOutputBytes != null) {
            parts.add("output " + ByteSize.format(maxOutputBytes));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static void requirePositive(Number value, String what) {
        if (value != null && value.longValue() <= 0) {
            throw new IllegalArgumentException("the " + what + " must be more than 0");
        }
    }
}
