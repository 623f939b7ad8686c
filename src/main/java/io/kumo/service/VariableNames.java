package io.kumo.service;

import java.util.regex.Pattern;

/**
 * The environment variable name rule, for global variables and a task's own alike: letters, digits and {@code _}, not
 * starting with a digit (what a POSIX shell accepts). Forms check it as the user types; the services refuse the rest.
 */
public final class VariableNames {

    public static final String RULE = "letters, digits and _, not starting with a digit";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private VariableNames() {
    }

    public static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
