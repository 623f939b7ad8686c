package io.kumo.common;

/** This machine's host name: the default name of a Kumo node. */
public final class HostName {

    private HostName() {
    }

    public static String get() {
        try {
            String name = java.net.InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? "localhost" : name;
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
