package io.kumo.desktop.notify;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/** The part of the Desktop Notifications Specification that Kumo calls (org.freedesktop.Notifications). */
@DBusInterfaceName("org.freedesktop.Notifications")
public interface Notifications extends DBusInterface {

    String BUS_NAME = "org.freedesktop.Notifications";
    String OBJECT_PATH = "/org/freedesktop/Notifications";

    // not "notify": Object.notify() would shadow it when dbus-java looks the member up on an exported object
    @DBusMemberName("Notify")
    UInt32 post(String appName, UInt32 replacesId, String appIcon, String summary, String body, List<String> actions,
                  Map<String, Variant<?>> hints, int expireTimeout);

    @DBusMemberName("GetCapabilities")
    List<String> getCapabilities();
}
