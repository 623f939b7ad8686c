package io.kumo.conditions;

/** A host to reach and its TCP port: "example.com", "example.com:8443", "[::1]:80"; 443 when no port is given. */
public record HostPort(String host, int port) {

    public static final int DEFAULT_PORT = 443;

    public HostPort {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a host to reach needs a name");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
    }

    public static HostPort parse(String text) {
        String given = text == null ? "" : text.strip();
        if (given.startsWith("[")) { // an IPv6 address, its port after the bracket
            int close = given.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("'" + given + "' has no closing ']'");
            }
            String rest = given.substring(close + 1);
            return new HostPort(given.substring(1, close), rest.isEmpty() ? DEFAULT_PORT : port(given, rest.substring(1)));
        }
        int colon = given.indexOf(':');
        if (colon < 0 || given.indexOf(':', colon + 1) >= 0) { // no port, or a bare IPv6 address
            return new HostPort(given, DEFAULT_PORT);
        }
        return new HostPort(given.substring(0, colon), port(given, given.substring(colon + 1)));
    }

    private static int port(String given, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + given + "' has no port number after ':'");
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
