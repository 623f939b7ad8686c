package io.kumo.project;

import io.kumo.common.ValidationException;

/** A file the editor will not open: binary content, or too large to edit. */
public final class FileTooLargeOrBinaryException extends ValidationException {

    public FileTooLargeOrBinaryException(String message) {
        super(message);
    }
}
