package io.kumo.instance;

import java.util.Optional;

/**
 * Who holds the data directory's lock, as its holder wrote it into {@code kumo.lock}: a running Kumo (window or
 * {@code --headless}) or a CLI command that opened the directory for itself, and its pid. A waiter reads it to know
 * whether to wait (a command is short) or to talk to the instance.
 */
public record LockHolder(Role role, long pid) {

    public enum Role {
        /** The window or {@code --headless}: holds the directory until it quits. */
        INSTANCE("instance"),
        /** A CLI command that found no instance and opened the directory for the length of the command. */
        COMMAND("command");

        private final String word;

        Role(String word) {
            this.word = word;
        }
    }

    /** What the holder writes into the lock file, e.g. {@code command 4242}. */
    String format() {
        return role.word + " " + pid;
    }

    /**
     * Reads what {@link #format()} wrote; a bare pid (written by Kumo before roles existed) is an instance. Empty for
     * anything else, e.g. an empty file while a new holder is writing it.
     */
    static Optional<LockHolder> parse(String text) {
        String[] parts = text.strip().split(" ");
        try {
            if (parts.length == 1 && !parts[0].isEmpty()) {
                return Optional.of(new LockHolder(Role.INSTANCE, Long.parseLong(parts[0])));
            }
            if (parts.length == 2) {
                for (Role role : Role.values()) {
                    if (role.word.equals(parts[0])) {
                        return Optional.of(new LockHolder(role, Long.parseLong(parts[1])));
                    }
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
