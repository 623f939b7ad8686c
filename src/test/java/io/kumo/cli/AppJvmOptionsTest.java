package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class AppJvmOptionsTest {

    @Test
    void theJarAppliesTheListThePackagedAppIsLaunchedWith() throws Exception {
        Matcher property = Pattern.compile("<kumo.app.jvm.args>(.*)</kumo.app.jvm.args>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(property.find()).isTrue();

        assertThat(AppJvmOptions.ofThisBuild().options()).isEqualTo(AppJvmOptions.parse(property.group(1)).options())
                .containsEntry("G1PeriodicGCInterval", "30000");
    }

    @Test
    void everyOptionOfTheListIsAFlagOfThisJvmAndTheMaximumHeapOneARestartGives() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

        assertThat(AppJvmOptions.ofThisBuild().options().keySet()).isNotEmpty()
                .allSatisfy(name -> assertThat(vm.getVMOption(name)).as(name).isNotNull());
        assertThat(vm.getVMOption("MaxHeapSize").isWriteable()).isFalse();
        assertThat(AppJvmOptions.ofThisBuild().options()).containsKey("MaxHeapSize");
    }

    @Test
    void anOptionNeitherARunningJvmNorARestartGivesIsRefused() {
        assertThatThrownBy(() -> AppJvmOptions.parse("-XX:G1PeriodicGCInterval=30000 -Xss512k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-Xss512k");
    }

    @Test
    void aMaximumHeapAtItsDefaultCallsForARestartWithTheListsUnsetOptions() {
        FakeVm vm = new FakeVm(Map.of("MaxHeapSize", "6320816128", "MaxHeapFreeRatio", "70", "G1PeriodicGCInterval", "0"));
        vm.fromCommandLine.put("G1PeriodicGCInterval", "5000");

        assertThat(AppJvmOptions.parse("-Xmx256m -XX:MaxHeapFreeRatio=30 -XX:G1PeriodicGCInterval=30000").launchArguments(vm))
                .containsExactly("-Xmx256m", "-XX:MaxHeapFreeRatio=30");
    }

    @Test
    void aMaximumHeapGivenOnTheCommandLineCallsForNoRestart() {
        FakeVm vm = new FakeVm(Map.of("MaxHeapFreeRatio", "70"));
        vm.fromCommandLine.put("MaxHeapSize", "1073741824");

        assertThat(AppJvmOptions.parse("-Xmx256m -XX:MaxHeapFreeRatio=30").launchArguments(vm)).isEmpty();
    }

    @Test
    void flagsAtTheirDefaultAreSetInAnOrderTheJvmAccepts() {
        FakeVm vm = new FakeVm(Map.of("MinHeapFreeRatio", "40", "MaxHeapFreeRatio", "70", "G1PeriodicGCInterval", "0"));

        List<String> applied = AppJvmOptions.parse("-XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -XX:G1PeriodicGCInterval=30000")
                .applyTo(vm);

        assertThat(applied).containsExactlyInAnyOrder("MaxHeapFreeRatio", "MinHeapFreeRatio", "G1PeriodicGCInterval");
        assertThat(vm.values).containsEntry("MaxHeapFreeRatio", "30").containsEntry("MinHeapFreeRatio", "10")
                .containsEntry("G1PeriodicGCInterval", "30000");
    }

    @Test
    void aFlagGivenOnTheCommandLineIsLeftAsItIs() {
        FakeVm vm = new FakeVm(Map.of("G1PeriodicGCInterval", "0"));
        vm.fromCommandLine.put("G1PeriodicGCInterval", "5000");

        assertThat(AppJvmOptions.parse("-XX:G1PeriodicGCInterval=30000").applyTo(vm)).isEmpty();
        assertThat(vm.fromCommandLine).containsEntry("G1PeriodicGCInterval", "5000");
    }

    @Test
    void aCollectorChosenOnTheCommandLineKeepsTheListsCollectorOutOfTheRestart() {
        FakeVm vm = new FakeVm(Map.of("MaxHeapSize", "6320816128", "UseSerialGC", "false", "UseParallelGC", "false"));
        vm.fromCommandLine.put("UseParallelGC", "true");

        assertThat(AppJvmOptions.parse("-Xmx256m -XX:+UseSerialGC").launchArguments(vm)).containsExactly("-Xmx256m");
    }

    @Test
    void aCollectorChosenOnTheCommandLineCallsForNoRestartOnItsOwn() {
        FakeVm vm = new FakeVm(Map.of("UseSerialGC", "false", "UseG1GC", "false"));
        vm.fromCommandLine.put("MaxHeapSize", "1073741824");
        vm.fromCommandLine.put("UseG1GC", "true");

        AppJvmOptions list = AppJvmOptions.parse("-Xmx256m -XX:+UseSerialGC");

        assertThat(list.launchArguments(vm)).isEmpty();
        assertThat(list.applyTo(vm)).isEmpty();
    }

    @Test
    void theListsCollectorIsPartOfTheRestartWhenTheCommandLineChoseNone() {
        FakeVm vm = new FakeVm(Map.of("MaxHeapSize", "6320816128", "UseSerialGC", "false", "UseG1GC", "true"));

        assertThat(AppJvmOptions.parse("-Xmx256m -XX:+UseSerialGC").launchArguments(vm))
                .containsExactly("-Xmx256m", "-XX:+UseSerialGC");
    }

    /** Enforces the one constraint that matters here: MaxHeapFreeRatio >= MinHeapFreeRatio. */
    private static final class FakeVm implements HotSpotDiagnosticMXBean {
        final Map<String, String> values;
        final Map<String, String> fromCommandLine = new HashMap<>();

        FakeVm(Map<String, String> defaults) {
            values = new HashMap<>(defaults);
        }

        @Override
        public VMOption getVMOption(String name) {
            if (fromCommandLine.containsKey(name)) {
                return new VMOption(name, fromCommandLine.get(name), writeable(name), VMOption.Origin.VM_CREATION);
            }
            return new VMOption(name, values.getOrDefault(name, "false"), writeable(name), VMOption.Origin.DEFAULT);
        }

        /** The heap's size and the collector are chosen at launch only. */
        private static boolean writeable(String name) {
            return !name.equals("MaxHeapSize") && !(name.startsWith("Use") && name.endsWith("GC"));
        }

        @Override
        public void setVMOption(String name, String value) {
            Map<String, String> next = new HashMap<>(values);
            next.put(name, value);
            if (next.containsKey("MinHeapFreeRatio") && next.containsKey("MaxHeapFreeRatio")
                    && Integer.parseInt(next.get("MaxHeapFreeRatio")) < Integer.parseInt(next.get("MinHeapFreeRatio"))) {
                throw new IllegalArgumentException("value violates its flag's constraint");
            }
            values.put(name, value);
        }

        @Override
        public void dumpHeap(String outputFile, boolean live) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<VMOption> getDiagnosticOptions() {
            return List.of();
        }

        @Override
        public ObjectName getObjectName() {
            return null;
        }
    }
}
