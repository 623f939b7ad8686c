package io.kumo.conditions;

import java.util.List;
import oshi.SystemInfo;
import oshi.hardware.PowerSource;

/** AC or battery through OSHI: no battery at all is a desktop, on AC; else any source charging or plugged in. */
final class PowerProbe {

    private PowerProbe() {
    }

    static Answer onAcPower() {
        try {
            List<PowerSource> sources = new SystemInfo().getHardware().getPowerSources();
            return fromSources(sources.stream().map(source -> new Reading(source.isPowerOnLine(), source.isCharging(),
                    source.isDischarging())).toList());
        } catch (RuntimeException | LinkageError e) { // OSHI without support for this system
            return Answer.UNKNOWN;
        }
    }

    /** One power source as OSHI reads it. */
    record Reading(boolean powerOnLine, boolean charging, boolean discharging) {
    }

    static Answer fromSources(List<Reading> sources) {
        if (sources.isEmpty()) {
            return Answer.YES;
        }
        if (sources.stream().anyMatch(source -> source.powerOnLine() || source.charging())) {
            return Answer.YES;
        }
        return sources.stream().anyMatch(Reading::discharging) ? Answer.NO : Answer.UNKNOWN;
    }
}
