package io.kumo.insights.errors;

/**
 * What names one failure: its fingerprint (sha1, 40 hex characters) and the facts shown for it, as this run said them.
 *
 * @param file     the user's file, relative to the project folder when inside it; null without a traceback
 * @param line     its line; null without a traceback
 * @param function its function; null without one
 */
public record ErrorSignature(String fingerprint, String type, String message, String file, Integer line, String function) {

    /** "KeyError: 'id' at jobs/load.py:42 in parse": what a "new error" alert says. */
    public String summary() {
        String where = location();
        return type + (message == null || message.isEmpty() ? "" : ": " + message) + (where.isEmpty() ? "" : " at " + where);
    }

    /** "jobs/load.py:42 in parse", "jobs/load.py:42", or "" when there is no location. */
    public String location() {
        if (file == null) {
            return "";
        }
        return file + (line == null ? "" : ":" + line) + (function == null ? "" : " in " + function);
    }
}
