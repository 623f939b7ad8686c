package io.kumo.engine;

import java.nio.charset.StandardCharsets;

/**
 * The folder under {@code <data>/output} that holds a task's output when its project names none. Letters and digits
 * of any script, spaces and {@code . _ -} stay as they are, so a name the task rules accept is its own folder name
 * ({@code 每日报表}, {@code nightly etl}); every other byte of the name's UTF-8 (names stored by an older Kumo) is
 * written {@code %XX} ({@code %} included), and so are the dots of {@code .} and {@code ..}. The mapping can be read
 * back, so two task names never share a folder ({@code a b}, {@code a_b} and an older Kumo's {@code a/b} each get
 * their own), and a folder name is never a path of its own.
 */
final class OutputFolderName {

    private OutputFolderName() {
    }

    static String of(String taskName) {
        if (taskName.equals(".") || taskName.equals("..")) {
            return "%2E".repeat(taskName.length());
        }
        StringBuilder folder = new StringBuilder();
        taskName.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '_' || c == '-') {
                folder.appendCodePoint(c);
            } else {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    folder.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return folder.toString();
    }
}
