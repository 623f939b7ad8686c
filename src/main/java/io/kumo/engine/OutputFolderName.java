package io.kumo.engine;

import java.nio.charset.StandardCharsets;

/**
 * The folder under {@code <data>/output} that holds a task's output when its project names none. ASCII letters,
 * digits and {@code . _ -} stay as they are; every other byte of the name's UTF-8 is written {@code %XX} ({@code %}
 * included), and so are the dots of {@code .} and {@code ..}. The mapping can be read back, so two task names never
 * share a folder ({@code a b}, {@code a_b} and an older Kumo's {@code a/b} each get their own), and a folder name is
 * never a path of its own.
 */
final class OutputFolderName {

    private OutputFolderName() {
    }

    static String of(String taskName) {
        if (taskName.equals(".") || taskName.equals("..")) {
            return "%2E".repeat(taskName.length());
        }
        StringBuilder folder = new StringBuilder();
        for (byte b : taskName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                folder.append(c);
            } else {
                folder.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return folder.toString();
    }
}
