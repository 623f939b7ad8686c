package io.kumo.settings;

import java.util.function.Function;

/** A typed setting: its stored key, default, and how it is written as text. */
public record SettingKey<T>(String key, String label, T defaultValue, Function<String, T> parser, Function<T, String> formatter) {

    public static SettingKey<String> text(String key, String label, String defaultValue) {
        return new SettingKey<>(key, label, defaultValue, Function.identity(), Function.identity());
    }

    public static SettingKey<Integer> integer(String key, String label, int defaultValue) {
        return new SettingKey<>(key, label, defaultValue, Integer::valueOf, String::valueOf);
    }

    public static SettingKey<Boolean> flag(String key, String label, boolean defaultValue) {
        return new SettingKey<>(key, label, defaultValue, Boolean::valueOf, String::valueOf);
    }

    public static <E extends Enum<E>> SettingKey<E> choice(String key, String label, E defaultValue) {
        Class<E> type = defaultValue.getDeclaringClass();
        return new SettingKey<>(key, label, defaultValue, text -> Enum.valueOf(type, text), Enum::name);
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
