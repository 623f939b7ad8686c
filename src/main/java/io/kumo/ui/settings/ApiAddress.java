package io.kumo.ui.settings;

import java.util.Locale;

/**
 * The REST API's address as the Settings pane takes it: {@code HOST:PORT}, {@code [IPv6]:PORT} or a bare
 * {@code PORT} (which listens on loopback).
 */
record ApiAddress(String host, int port) {

    static final String HINT = "Enter HOST:PORT (e.g. 127.0.0.1:8765, 0.0.0.0:8765) or a port from 1 to 65535";

    /** @throws IllegalArgumentException with {@link #HINT} when the text is no address */
    static ApiAddress parse(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.matches("\\d{1,5}")) {
            return new ApiAddress("127.0.0.1", port(typed));
        }
        int colon = typed.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(HINT);
        }
        String host = typed.substring(0, colon);
        String portText = typed.substring(colon + 1);
        boolean bracketed = host.startsWith("[") && host.endsWith("]") && host.length() > 2
                && host.substring(1, host.length() - 1).matches("[0-9A-Fa-f:.]+");
        if (!portText.matches("\\d{1,5}") || !(bracketed || host.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?"))) {
            throw new IllegalArgumentException(HINT);
        }
        return new ApiAddress(host, port(portText));
    }

    private static int port(String digits) {
        int port = Integer.parseInt(digits);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(HINT);
        }
        return port;
    }

    /** Only this computer can reach it, so plain HTTP is fine there. */
    boolean loopback() {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]");
    }

    /** The address as stored: a bare port is kept as typed. */
    static String normalize(String text) {
        String typed = text.strip();
        parse(typed);
        return typed;
    }
}
