package io.kumo.settings;

import java.util.function.Function;

/**
 * A typed setting: its stored key, default, how it is written as text, and for whole numbers the range it must stay in
 * (checked by {@link SettingsService#set}, shown by forms).
 */
public record SettingKey<T>(String key, String label, T defaultValue, Function<String, T> parser, Function<T, String> formatter,
                            long min, long max) {

    public static SettingKey<String> text(String key, String label, String defaultValue) {
        return new SettingKey<>(key, label, defaultValue, Function.identity(), Function.identity(), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public static SettingKey<Integer> integer(String key, String label, int defaultValue, int min, int max) {
        return new SettingKey<>(key, label, defaultValue, Integer::valueOf, String::valueOf, min, max);
    }

    public static SettingKey<Boolean> flag(String key, String label, boolean defaultValue) {
        return new SettingKey<>(key, label, defaultValue, Boolean::valueOf, String::valueOf, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public static <E extends Enum<E>> SettingKey<E> choice(String key, String label, E defaultValue) {
        Class<E> type = defaultValue.getDeclaringClass();
        return new SettingKey<>(key, label, defaultValue, text -> Enum.valueOf(type, text), Enum::name,
                Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Null when the value is acceptable, else what is wrong with it. */
    String problem(T value) {
        if (value instanceof Number number && (number.longValue() < min || number.longValue() > max)) {
            return value + " is outside " + min + "-" + max;
        }
        return null;
    }

    T parse(String stored) {
        if (stored == null) {
            return defaultValue;
        }
        try {
            return parser.apply(stored);
        } catch (IllegalArgumentException e) {
            return defaultValue; // a value from a newer or hand-edited database falls back instead of failing
        }
    }

    String format(T value) {
        return formatter.apply(value);
    }
}
