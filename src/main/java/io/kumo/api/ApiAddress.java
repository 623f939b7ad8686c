package io.kumo.api;

import io.kumo.common.ValidationException;
import java.net.InetAddress;

/**
 * Where the REST API listens: {@code HOST:PORT}, {@code PORT} alone (loopback) or {@code [::1]:PORT}. Only loopback
 * may serve plain HTTP; any other address needs a certificate.
 */
public record ApiAddress(String host, int port) {

    public static final String LOOPBACK = "127.0.0.1";

    public ApiAddress {
        if (port < 0 || port > 65_535) {
            throw new ValidationException("API address: port " + port + " is not between 0 and 65535");
        }
    }

    public static ApiAddress parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new ValidationException("API address: empty (expected HOST:PORT or PORT)");
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return new ApiAddress(LOOPBACK, port(value, text));
        }
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0 || close + 1 >= value.length() || value.charAt(close + 1) != ':') {
                throw new ValidationException("API address: '" + text + "' is not [IPV6]:PORT");
            }
            return new ApiAddress(ipv6(value.substring(1, close), text), port(value.substring(close + 2), text));
        }
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || value.indexOf(':') != colon) {
            throw new ValidationException("API address: '" + text + "' is not HOST:PORT (write an IPv6 address as [::1]:PORT)");
        }
        return new ApiAddress(host(value.substring(0, colon), text), port(value.substring(colon + 1), text));
    }

    /**
     * Whether only this machine can reach it: {@code localhost} or a loopback address literal. Other names are not
     * looked up (the window asks as the user types; a name is treated as reachable from elsewhere, the safe side).
     */
    public boolean isLoopback() {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.ofLiteral(host).isLoopbackAddress();
        } catch (IllegalArgumentException aName) {
            return false;
        }
    }

    /** The URL's scheme and authority: {@code https://[::1]:8765}. */
    public String url(boolean tls, int boundPort) {
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return (tls ? "https" : "http") + "://" + authority + ":" + boundPort;
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static String host(String host, String text) {
        if (!host.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?")) {
            throw new ValidationException("API address: '" + text + "' has no valid host (a name or an IPv4 address)");
        }
        return host;
    }

    private static String ipv6(String host, String text) {
        try {
            InetAddress.ofLiteral(host);
            return host;
        } catch (IllegalArgumentException e) {
            throw new ValidationException("API address: '" + text + "' has no valid IPv6 address between the brackets");
        }
    }

    private static int port(String digits, String text) {
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 5) {
            throw new ValidationException("API address: '" + text + "' has no valid port (0-65535)");
        }
        return Integer.parseInt(digits);
    }
}
