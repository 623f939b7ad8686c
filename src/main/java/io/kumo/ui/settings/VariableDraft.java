package io.kumo.ui.settings;

/**
 * What the variable dialog returns. {@code keepValue} is set when a secret was edited without typing a new value: the
 * stored one stays.
 */
public record VariableDraft(String name, String value, boolean secret, String description, boolean keepValue) {

    @Override
    public String toString() {
        // a draft may hold a secret: never print its value
        return "VariableDraft[" + name + (secret ? ", secret" : "") + "]";
    }
}
