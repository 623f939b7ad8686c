package io.kumo.desktop.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/** A notification server on a test bus that records each Notify call, and can be told to hang before answering. */
final class RecordingNotificationServer implements Notifications, AutoCloseable {

    record Call(String appName, String appIcon, String summary, String body, Map<String, Variant<?>> hints) {
        byte urgency() {
            return (Byte) hints.get("urgency").getValue();
        }
    }

    final LinkedBlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final List<String> capabilities;
    private final DBusConnection connection;
    private volatile CountDownLatch hang = new CountDownLatch(0);

    RecordingNotificationServer(String busAddress, List<String> capabilities) throws Exception {
        this.capabilities = capabilities;
        connection = DBusConnectionBuilder.forAddress(busAddress).withShared(false).build();
        connection.requestBusName(BUS_NAME);
        connection.exportObject(OBJECT_PATH, this);
    }

    /** Notify calls wait until {@link #release} from now on. */
    void hang() {
        hang = new CountDownLatch(1);
    }

    void release() {
        hang.countDown();
    }

    Call nextCall() throws InterruptedException {
        Call call = calls.poll(20, TimeUnit.SECONDS);
        if (call == null) {
            throw new AssertionError("the server received no Notify call");
        }
        return call;
    }

    @Override
    public UInt32 post(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                         List<String> actions, Map<String, Variant<?>> hints, int expireTimeout) {
        try {
            hang.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        calls.add(new Call(appName, appIcon, summary, body, hints));
        return new UInt32(calls.size());
    }

    @Override
    public List<String> getCapabilities() {
        return capabilities;
    }

    @Override
    public String getObjectPath() {
        return OBJECT_PATH;
    }

    @Override
    public void close() {
        release();
        connection.disconnect();
    }
}
