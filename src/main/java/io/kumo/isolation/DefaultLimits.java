package io.kumo.isolation;

import io.kumo.domain.ResourceLimits;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;

/** The limits from Settings that apply where a task sets none (0 in a setting: no limit). */
public final class DefaultLimits {

    private static final long MEGABYTE = 1024L * 1024;

    private DefaultLimits() {
    }

    public static ResourceLimits of(SettingsService settings) {
        return new ResourceLimits(positive(settings.get(Settings.LIMIT_MEMORY_MB) * MEGABYTE),
                positiveInt(settings.get(Settings.LIMIT_CPU_PERCENT)), positiveInt(settings.get(Settings.LIMIT_PROCESSES)),
                positiveInt(settings.get(Settings.LIMIT_OPEN_FILES)), positive(settings.get(Settings.LIMIT_OUTPUT_MB) * MEGABYTE));
    }

    private static Long positive(long value) {
        return value > 0 ? value : null;
    }

    private static Integer positiveInt(int value) {
        return value > 0 ? value : null;
    }
}
