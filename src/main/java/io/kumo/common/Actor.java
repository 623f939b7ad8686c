package io.kumo.common;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Who did something, as recorded in the audit log: {@code user@host}. */
public record Actor(String name) {

    /**
     * Who acts for the length of a call, where that is not the instance's user: a REST API request binds its token's
     * actor here, and the audit log records it instead of the user the core was opened for.
     */
    public static final ScopedValue<Actor> ACTING = ScopedValue.newInstance();

    /** The actor of a REST API request made with the token {@code tokenName}. */
    public static Actor ofApiToken(String tokenName) {
        return new Actor("api:" + tokenName);
    }

    public static Actor ofCurrentUser() {
        return new Actor(System.getProperty("user.name", "unknown") + "@" + hostName(System.getenv()));
    }

    /** This machine's name, as the audit log and alert messages write it. */
    public static String localHost() {
        return hostName(System.getenv());
    }

    static String hostName(Map<String, String> env) {
        return Optional.ofNullable(env.get("COMPUTERNAME"))
                .or(() -> Optional.ofNullable(env.get("HOSTNAME")))
                .filter(h -> !h.isBlank())
                .or(Actor::etcHostname)
                .or(Actor::inetHostName)
                .orElse("localhost");
    }

    private static Optional<String> etcHostname() {
        try {
            Path file = Path.of("/etc/hostname");
            return Files.isReadable(file) ? Optional.of(Files.readString(file).strip()).filter(h -> !h.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> inetHostName() {
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
