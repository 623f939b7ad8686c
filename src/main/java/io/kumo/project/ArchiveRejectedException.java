package io.kumo.project;

import io.kumo.common.ValidationException;

/** A ZIP that Kumo will not extract, and why; nothing of it is left on disk. */
public final class ArchiveRejectedException extends ValidationException {

    public ArchiveRejectedException(String message) {
        super(message);
    }
}
