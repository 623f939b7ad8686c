package io.kumo.cli;

import io.kumo.common.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code kumo --version}. */
public final class KumoVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        AppInfo info = AppInfo.load();
        return new String[] {info.name() + " " + info.version() + " (Java " + Runtime.version() + ")"};
    }
}
