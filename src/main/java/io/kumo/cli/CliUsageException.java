package io.kumo.cli;

/** Input the CLI refuses: exit code 2 with the message on one line. */
final class CliUsageException extends RuntimeException {
    CliUsageException(String message) {
        super(message);
    }
}
