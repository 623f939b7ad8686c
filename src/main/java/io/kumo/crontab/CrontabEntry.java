package io.kumo.crontab;

import java.util.Map;

/**
 * One line of a crontab that schedules a command: its schedule and command, the variables set above it, the task
 * name Kumo proposes, and the reason it cannot be imported ({@code null} when it can).
 */
public record CrontabEntry(int lineNumber, String line, String schedule, String command, Map<String, String> variables,
                           String proposedName, String error) {

    public boolean importable() {
        return error == null;
    }
}
