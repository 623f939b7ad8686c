package io.kumo.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import io.kumo.common.AppInfo;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged app's memory options ({@code kumo.app.jvm.args} in pom.xml, which jpackage writes into the launcher),
 * given to a plain {@code java -jar} start too. A jar cannot carry JVM options, but these are all <em>manageable</em>
 * HotSpot flags, which a running JVM takes through {@link HotSpotDiagnosticMXBean#setVMOption}. One list serves both:
 * Maven filters the same property into {@code build.properties}. A flag given on the command line (or by the
 * launcher) is left as it is; so the packaged app, which has them all already, changes nothing.
 */
final class AppJvmOptions {

    private final Map<String, String> options;

    AppJvmOptions(Map<String, String> options) {
        this.options = Map.copyOf(options);
    }

    /** The list this build was packaged with. */
    static AppJvmOptions ofThisBuild() {
        return parse(AppInfo.buildProperties().getProperty("app.jvm.args", ""));
    }

    /** {@code -XX:Name=value} and {@code -XX:+Name}/{@code -XX:-Name}; anything else is not a runtime flag. */
    static AppJvmOptions parse(String arguments) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String argument : arguments.strip().split("\\s+")) {
            if (argument.isEmpty()) {
                continue;
            }
            if (!argument.startsWith("-XX:")) {
                throw new IllegalArgumentException("not a -XX: flag, so a running JVM cannot take it: " + argument);
            }
            String flag = argument.substring(4);
            int equals = flag.indexOf('=');
            if (equals > 0) {
                options.put(flag.substring(0, equals), flag.substring(equals + 1));
            } else if (flag.startsWith("+") || flag.startsWith("-")) {
                options.put(flag.substring(1), Boolean.toString(flag.startsWith("+")));
            } else {
                throw new IllegalArgumentException("not a -XX: flag, so a running JVM cannot take it: " + argument);
            }
        }
        return new AppJvmOptions(options);
    }

    Map<String, String> options() {
        return options;
    }

    /**
     * Sets each flag this JVM has at its default or ergonomic value; returns the names set. A flag whose value is
     * refused now (MaxHeapFreeRatio below the current MinHeapFreeRatio) is tried again after the others.
     */
    List<String> applyTo(HotSpotDiagnosticMXBean vm) {
        List<String> applied = new ArrayList<>();
        List<String> pending = new ArrayList<>(options.keySet());
        for (int pass = 0; pass < 2 && !pending.isEmpty(); pass++) {
            List<String> refused = new ArrayList<>();
            for (String name : pending) {
                VMOption current = vm.getVMOption(name);
                if (!Arrays.asList(VMOption.Origin.DEFAULT, VMOption.Origin.ERGONOMIC).contains(current.getOrigin())) {
                    continue; // given on the command line: the user's choice stands
                }
                try {
                    vm.setVMOption(name, options.get(name));
                    applied.add(name);
                } catch (IllegalArgumentException e) {
                    refused.add(name);
                }
            }
            pending = refused;
        }
        if (!pending.isEmpty()) {
            Logging.logger(AppJvmOptions.class).warn("This JVM refused the memory options {}", pending);
        }
        return applied;
    }

    /** Applies the list to this JVM. */
    static List<String> applyToThisJvm() {
        return ofThisBuild().applyTo(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class));
    }
}
