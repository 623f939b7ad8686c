package io.kumo.ui.settings;

import io.kumo.cluster.ConnectionFile;
import io.kumo.cluster.service.ConnectionCheck;

/**
 * What the Connection section uses: what this Kumo works on now (in words, and the server's URL; null on the embedded
 * database), the saved connection's file, the check that tries a server, and the host name a node is named after.
 */
public record ConnectionServices(String current, String currentUrl, ConnectionFile file, ConnectionCheck check,
                                 String hostName) {
}
