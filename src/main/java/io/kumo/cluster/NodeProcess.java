package io.kumo.cluster;

import io.kumo.common.AppInfo;
import io.kumo.common.HostName;
import java.util.Objects;

/** The process a node runs as: its machine, pid and Kumo version, shown in the Nodes view and in a refused join. */
public record NodeProcess(String host, long pid, String version) {

    public NodeProcess {
        Objects.requireNonNull(host, "host");
    }

    /** This JVM. */
    public static NodeProcess current() {
        return new NodeProcess(HostName.get(), ProcessHandle.current().pid(), AppInfo.load().version());
    }
}
