package io.kumo.boot;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The jar's Main-Class. Compiled for Java 8 (its own compiler run, see pom.xml) so that an older JVM can load it: there
 * it says in one line that Kumo needs Java 25 and exits 1, instead of an UnsupportedClassVersionError trace from
 * {@code io.kumo.Launcher}. On Java 25 or newer it hands over to the launcher. The packaged app starts the launcher
 * directly: its runtime is Java 25.
 */
public final class Java25Check {

    static final int REQUIRED = 25;
    private static final String LAUNCHER = "io.kumo.Launcher";

    private Java25Check() {
    }

    public static void main(String[] args) throws Throwable {
        String refusal = refusal(System.getProperty("java.specification.version"), System.getProperty("java.home"));
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(1);
        }
        Method main = Class.forName(LAUNCHER).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // as if the launcher had been the main class
        }
    }

    /** The one line for a Java older than {@link #REQUIRED}, or null when this one will do. */
    static String refusal(String specificationVersion, String javaHome) {
        int feature = feature(specificationVersion);
        if (feature >= REQUIRED) {
            return null;
        }
        String java = javaHome + File.separator + "bin" + File.separator + "java";
        return "Kumo needs Java " + REQUIRED + " or newer; this is Java " + feature
                + " (" + java + "). Install a Java " + REQUIRED + " runtime (e.g. Eclipse Temurin " + REQUIRED
                + ") and run the jar with it, or run the packaged app.";
    }

    /** 8 for "1.8", 17 for "17"; when unreadable, {@link Integer#MAX_VALUE}: the launcher is tried. */
    static int feature(String specificationVersion) {
        if (specificationVersion == null) {
            return Integer.MAX_VALUE;
        }
        String version = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 || end > 9 ? Integer.MAX_VALUE : Integer.parseInt(version.substring(0, end));
    }
}
