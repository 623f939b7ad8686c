package io.kumo.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import io.kumo.common.AppInfo;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The packaged app's memory options ({@code kumo.app.jvm.args} in pom.xml, which jpackage writes into the launcher),
 * given to a plain {@code java -jar} start too. A jar cannot carry JVM options. The <em>manageable</em> HotSpot flags
 * of the list a running JVM takes through {@link HotSpotDiagnosticMXBean#setVMOption}; a flag only a launch can set
 * (the maximum and initial heap: G1 in JDK 25 ignores a {@code SoftMaxHeapSize}) needs a start with the option, which
 * {@link JvmRestart} gives the same process. One list serves both: Maven filters the same property into
 * {@code build.properties}. A flag given on the command line (or by the launcher) is left as it is; so the packaged
 * app, which has them all already, changes nothing.
 */
final class AppJvmOptions {

    /** Launch-only options the list may hold besides {@code -XX:} flags, and the HotSpot flag each sets. */
    private static final Map<String, String> LAUNCH_OPTIONS = Map.of("-Xmx", "MaxHeapSize", "-Xms", "InitialHeapSize");
    private static final Set<VMOption.Origin> UNSET = Set.of(VMOption.Origin.DEFAULT, VMOption.Origin.ERGONOMIC);
    /**
     * The flags that choose the collector, for a list that names one (the serial collector is measured against G1 in
     * docs/performance.md, steady lateness). A JVM takes one: a collector chosen on the command line (a user's
     * {@code -XX:+UseG1GC}) wins over the list's, and a restart given both would not start ("Multiple garbage
     * collectors selected").
     */
    private static final Set<String> COLLECTORS = Set.of("UseSerialGC", "UseParallelGC", "UseG1GC", "UseZGC",
            "UseShenandoahGC", "UseEpsilonGC");

    /** Flag name to its value as written after {@code =} (true/false for {@code +}/{@code -}). */
    private final Map<String, String> options;
    /** Flag name to the argument that sets it at launch. */
    private final Map<String, String> arguments;

    private AppJvmOptions(Map<String, String> options, Map<String, String> arguments) {
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** The list this build was packaged with. */
    static AppJvmOptions ofThisBuild() {
        return parse(AppInfo.buildProperties().getProperty("app.jvm.args", ""));
    }

    /** {@code -XX:Name=value}, {@code -XX:+Name}/{@code -XX:-Name}, {@code -Xmx…}, {@code -Xms…}; nothing else. */
    static AppJvmOptions parse(String list) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String argument : list.strip().split("\\s+")) {
            if (argument.isEmpty()) {
                continue;
            }
            String launchFlag = argument.length() > 4 ? LAUNCH_OPTIONS.get(argument.substring(0, 4)) : null;
            String flag = argument.startsWith("-XX:") ? argument.substring(4) : "";
            int equals = flag.indexOf('=');
            if (launchFlag != null) {
                options.put(launchFlag, argument.substring(4));
                arguments.put(launchFlag, argument);
            } else if (equals > 0) {
                options.put(flag.substring(0, equals), flag.substring(equals + 1));
                arguments.put(flag.substring(0, equals), argument);
            } else if (flag.startsWith("+") || flag.startsWith("-")) {
                options.put(flag.substring(1), Boolean.toString(flag.startsWith("+")));
                arguments.put(flag.substring(1), argument);
            } else {
                throw new IllegalArgumentException("not a JVM flag Kumo can give a plain java -jar start: " + argument);
            }
        }
        return new AppJvmOptions(options, arguments);
    }

    Map<String, String> options() {
        return options;
    }

    /**
     * The arguments of the flags this JVM has at their default that only a launch can set (empty: nothing calls for
     * a restart), followed by the list's other unset flags so that the restarted JVM has the whole list.
     */
    List<String> launchArguments(HotSpotDiagnosticMXBean vm) {
        List<String> unset = new ArrayList<>();
        boolean launchOnly = false;
        for (String name : options.keySet()) {
            VMOption current = vm.getVMOption(name);
            if (!chosenAlready(vm, name)) {
                unset.add(arguments.get(name));
                launchOnly |= !current.isWriteable();
            }
        }
        return launchOnly ? unset : List.of();
    }

    /** Whether the command line set the flag, or for a collector flag, chose any collector. */
    private static boolean chosenAlready(HotSpotDiagnosticMXBean vm, String name) {
        if (!COLLECTORS.contains(name)) {
            return !UNSET.contains(vm.getVMOption(name).getOrigin());
        }
        for (String collector : COLLECTORS) {
            try {
                if (!UNSET.contains(vm.getVMOption(collector).getOrigin())) {
                    return true;
                }
            } catch (IllegalArgumentException notInThisJvm) {
                // a collector this JVM was built without
            }
        }
        return false;
    }

    /**
     * Sets each manageable flag this JVM has at its default or ergonomic value; returns the names set. A flag whose
     * value is refused now (MaxHeapFreeRatio below the current MinHeapFreeRatio) is tried again after the others.
     */
    List<String> applyTo(HotSpotDiagnosticMXBean vm) {
        List<String> applied = new ArrayList<>();
        List<String> pending = new ArrayList<>(options.keySet());
        for (int pass = 0; pass < 2 && !pending.isEmpty(); pass++) {
            List<String> refused = new ArrayList<>();
            for (String name : pending) {
                VMOption current = vm.getVMOption(name);
                if (chosenAlready(vm, name)) {
                    continue; // given on the command line: the user's choice stands
                }
                if (!current.isWriteable()) {
                    refused.add(name); // only a launch sets it
                    continue;
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
            Logging.logger(AppJvmOptions.class).warn("This JVM runs without the memory options {}", pending);
        }
        return applied;
    }

    /**
     * Gives this JVM the list: through a restart of the same process with the options when a launch-only one is
     * missing (returns only if that is not possible here), else by setting the manageable flags.
     *
     * @param args the arguments Kumo was started with, for the restart
     */
    static List<String> applyToThisJvm(List<String> args) {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        AppJvmOptions list = ofThisBuild();
        List<String> launch = list.launchArguments(vm);
        if (!launch.isEmpty()) {
            JvmRestart.ofThisJvm(args).ifPresent(restart -> restart.withOptions(launch));
        }
        return list.applyTo(vm);
    }
}
