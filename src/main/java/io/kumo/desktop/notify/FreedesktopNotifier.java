package io.kumo.desktop.notify;

import io.kumo.desktop.Notice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linux and BSD desktops: org.freedesktop.Notifications on the session bus (GNOME, KDE, XFCE, dunst, mako...). The
 * server decides how long a notice stays and whether it moves to its inbox afterwards; Kumo asks for its default.
 */
public final class FreedesktopNotifier implements DesktopNotifier, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FreedesktopNotifier.class);
    private static final int SERVER_DEFAULT_EXPIRY = -1;

    private final String busAddress;
    private DBusConnection connection;
    private Notifications server;
    private boolean bodyMarkup;

    /** @param busAddress the session bus, as in DBUS_SESSION_BUS_ADDRESS (unix:path=/run/user/1000/bus) */
    public FreedesktopNotifier(String busAddress) {
        this.busAddress = busAddress;
    }

    /** The session bus named by the environment, if any. */
    public static Optional<String> sessionBusAddress(Map<String, String> environment) {
        String address = environment.get("DBUS_SESSION_BUS_ADDRESS");
        if (address != null && !address.isBlank()) {
            return Optional.of(address);
        }
        String runtimeDir = environment.get("XDG_RUNTIME_DIR");
        if (runtimeDir != null && java.nio.file.Files.exists(java.nio.file.Path.of(runtimeDir, "bus"))) {
            return Optional.of("unix:path=" + java.nio.file.Path.of(runtimeDir, "bus"));
        }
        return Optional.empty();
    }

    @Override
    public synchronized boolean show(Notice notice) {
        try {
            Notifications notifications = server();
            String body = bodyMarkup ? escapeMarkup(notice.body()) : notice.body();
            notifications.post("Kumo", new UInt32(0), icon(notice.level()), notice.title(), body, List.of(),
                    Map.of("urgency", new Variant<>(urgency(notice.level())), "desktop-entry", new Variant<>("kumo")),
                    SERVER_DEFAULT_EXPIRY);
            return true;
        } catch (DBusException | RuntimeException e) { // a server that is gone answers with a DBusExecutionException {
            LOG.info("No desktop notification through the session bus: {}", e.toString());
            disconnect(); // the bus or the server may come back: connect afresh next time
            return false;
        }
    }

    private Notifications server() throws DBusException {
        if (server == null) {
            connection = DBusConnectionBuilder.forAddress(busAddress).withShared(false).build();
            Notifications remote = connection.getRemoteObject(Notifications.BUS_NAME, Notifications.OBJECT_PATH, Notifications.class);
            bodyMarkup = remote.getCapabilities().contains("body-markup");
            server = remote;
        }
        return server;
    }

    /** Errors stay until dismissed on most servers; the rest show and go as the server's settings say. */
    static byte urgency(Notice.Level level) {
        return switch (level) {
            case ERROR -> 2;
            case WARNING, INFO -> 1; // "low" is not shown as a banner by GNOME: a finished run would go unseen
        };
    }

    private static String icon(Notice.Level level) {
        return switch (level) {
            case ERROR -> "dialog-error";
            case WARNING -> "dialog-warning";
            case INFO -> "dialog-information";
        };
    }

    /** Servers with body-markup read the body as a subset of XML: a task named {@code a<b} must still show. */
    static String escapeMarkup(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void disconnect() {
        if (connection != null) {
            connection.disconnect();
        }
        connection = null;
        server = null;
    }

    @Override
    public synchronized void close() {
        disconnect();
    }
}
