package io.kumo.isolation.limits;

import io.kumo.domain.ByteSize;
import io.kumo.domain.ResourceLimits;
import java.util.Optional;
import java.util.OptionalLong;

/** The messages that name the limit which ended a run, and the signs an rlimit leaves in a failed run's error. */
final class LimitVerdicts {

    /** 128 + SIGXFSZ: a program that does not ignore the signal died writing past the output limit. */
    private static final int EXIT_FILE_TOO_LARGE = 153;

    private LimitVerdicts() {
    }

    static String memory(ResourceLimits limits, OptionalLong peak) {
        return "memory limit " + ByteSize.format(limits.memoryBytes()) + " exceeded"
                + (peak.isPresent() ? " (peak " + ByteSize.format(peak.getAsLong()) + ")" : "");
    }

    static String processes(ResourceLimits limits) {
        return "process limit " + limits.maxProcesses() + " reached";
    }

    /** The file rlimits (every mechanism has them): output size, open files. */
    static Optional<String> fromFileLimits(ResourceLimits limits, int exitCode, String errorSummary) {
        if (exitCode == 0) {
            return Optional.empty();
        }
        String error = errorSummary == null ? "" : errorSummary;
        if (limits.maxOutputBytes() != null && (exitCode == EXIT_FILE_TOO_LARGE || error.contains("File too large"))) {
            return Optional.of("output size limit " + ByteSize.format(limits.maxOutputBytes()) + " exceeded");
        }
        if (limits.maxOpenFiles() != null && error.contains("Too many open files")) {
            return Optional.of("open files limit " + limits.maxOpenFiles() + " reached");
        }
        return Optional.empty();
    }

    /** Memory and processes where only rlimits hold them: an allocation or a fork refused. */
    static Optional<String> fromProcessRlimits(ResourceLimits limits, int exitCode, String errorSummary) {
        if (exitCode == 0 || errorSummary == null) {
            return Optional.empty();
        }
        if (limits.memoryBytes() != null && (errorSummary.contains("MemoryError") || errorSummary.contains("Cannot allocate memory"))) {
            return Optional.of(memory(limits, OptionalLong.empty()));
        }
        if (limits.maxProcesses() != null && errorSummary.contains("Resource temporarily unavailable")) {
            return Optional.of(processes(limits));
        }
        return Optional.empty();
    }
}
