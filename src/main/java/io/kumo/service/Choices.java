package io.kumo.service;

import io.kumo.common.ValidationException;
import java.util.Arrays;
import java.util.Locale;

/** A word the user gives for one of an enum's constants, in any case ("queue", "SUCCESS"). */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> E of(String option, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(option + ": '" + value + "' is not one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
