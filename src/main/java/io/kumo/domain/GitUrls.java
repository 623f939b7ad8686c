package io.kumo.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remote URL as it may be shown: the user-info part of {@code scheme://user:token@host/...} (a password or token) is
 * never shown, audited or logged. The stored URL keeps it, so pulls still authenticate.
 */
public final class GitUrls {

    /** {@code scheme://userinfo@}: the user-info ends at the last '@' before the host's first '/'. */
    private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)([^/?#\\s]*)@");

    private GitUrls() {
    }

    /** {@code https://user:token@host/repo} becomes {@code https://***@host/repo}; other URLs (ssh's git@host:path) unchanged. */
    public static String shown(String url) {
        if (url == null) {
            return null;
        }
        Matcher matcher = USER_INFO.matcher(url);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + "***@"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Any text (a JGit message, an error) with the user-info of every URL in it hidden. */
    public static String scrub(String text) {
        return shown(text);
    }
}
