package io.kumo.project;

import io.kumo.common.ValidationException;

/** The file was changed by another program since it was opened; saving would overwrite that change. */
public final class FileChangedOnDiskException extends ValidationException {

    public FileChangedOnDiskException(String message) {
        super(message);
    }
}
