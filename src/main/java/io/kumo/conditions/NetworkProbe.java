package io.kumo.conditions;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

/** A network is up when an interface other than loopback is up and has an address. */
final class NetworkProbe {

    private NetworkProbe() {
    }

    static Answer networkUp() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback() && nic.getInetAddresses().hasMoreElements()) {
                    return Answer.YES;
                }
            }
            return Answer.NO;
        } catch (SocketException | RuntimeException e) {
            return Answer.UNKNOWN;
        }
    }
}
