package io.kumo.api.http;

/** A numeric id from a path: a clear 400 for anything else. */
final class Ids {

    private Ids() {
    }

    static long parse(String text, String what) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(what + ": must be a positive whole number, not '" + text + "'");
    }
}
