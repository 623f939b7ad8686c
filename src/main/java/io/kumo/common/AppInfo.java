package io.kumo.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and version of this build, read from the resource Maven filters at build time. */
public record AppInfo(String name, String version) {

    public static AppInfo load() {
        return new AppInfo("Kumo", buildProperties().getProperty("version", "development"));
    }

    /** What Maven wrote into {@code io/kumo/build.properties}; empty when run from unfiltered sources. */
    public static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/io/kumo/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
