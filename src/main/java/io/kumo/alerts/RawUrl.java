package io.kumo.alerts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A channel URL split into its parts, as Apprise reads them: {@code scheme://[user[:password]@]hostpart/seg/seg?k=v}.
 * {@link java.net.URI} cannot be used: a bot token ({@code 123456:ABC-def}) is no host:port, and a raw {@code @} in a
 * password makes its authority unreadable. Here the user info ends at the <em>last</em> {@code @}, the password starts
 * at the first {@code :}, and every part is percent-decoded on its own ({@code +} stays a plus: query keys such as
 * {@code +Authorization} mean "header"). A {@code #} is part of the path (Slack's {@code /#channel}), not a fragment.
 *
 * @param hostPart the decoded text after the user info, port included ("smtp.example.com:587", "123456:ABC-def")
 * @param path     the decoded non-empty path segments
 * @param query    the decoded query parameters in their order
 */
public record RawUrl(String scheme, String user, String password, String hostPart, List<String> path, List<Param> query) {

    private static final Pattern HOST_PORT = Pattern.compile("^(\\[[^]]*]|[^:]*):(\\d{1,5})$");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._~-]+|\\[[0-9A-Fa-f:.]+]");

    public record Param(String key, String value) {
    }

    public RawUrl {
        path = List.copyOf(path);
        query = List.copyOf(query);
    }

    /** @throws ChannelUrlException with one line when the text is no {@code scheme://…} URL */
    public static RawUrl parse(String text) {
        String url = text == null ? "" : text.strip();
        int schemeEnd = url.indexOf("://");
        if (schemeEnd <= 0) {
            throw new ChannelUrlException("A channel URL starts with its service, as in mailto://… or slack://…");
        }
        String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = url.substring(schemeEnd + 3);
        int queryStart = rest.indexOf('?');
        String beforeQuery = queryStart < 0 ? rest : rest.substring(0, queryStart);
        List<Param> query = queryStart < 0 ? List.of() : parseQuery(rest.substring(queryStart + 1));
        int slash = beforeQuery.indexOf('/');
        String authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
        List<String> path = new ArrayList<>();
        if (slash >= 0) {
            for (String segment : beforeQuery.substring(slash + 1).split("/")) {
                if (!segment.isEmpty()) {
                    path.add(decode(segment));
                }
            }
        }
        int at = authority.lastIndexOf('@');
        String user = null;
        String password = null;
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        return new RawUrl(scheme, user, password, decode(authority.substring(at + 1)), path, query);
    }

    /** The host without the port ("smtp.example.com"), or the whole host part when it has no numeric port. */
    public String host() {
        Matcher matcher = HOST_PORT.matcher(hostPart);
        return matcher.matches() ? matcher.group(1) : hostPart;
    }

    public Optional<Integer> port() {
        Matcher matcher = HOST_PORT.matcher(hostPart);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(2))) : Optional.empty();
    }

    /**
     * Checks a server address (mail, webhook, ntfy server): a host name or address, and a port from 1 to 65535 if any.
     * The message names no value: a password with a raw {@code /} or {@code ?} ends up here.
     *
     * @throws ChannelUrlException with one line
     */
    public void checkServer() {
        if (!HOST_NAME.matcher(host()).matches()) {
            throw new ChannelUrlException(scheme + "://: the server is a host name or address, and its port must be a number; "
                    + "a '/', '?' or '#' in a password is written %2F, %3F or %23");
        }
        if (port().filter(port -> port < 1 || port > 65535).isPresent()) {
            throw new ChannelUrlException(scheme + "://: the port must be a number from 1 to 65535");
        }
    }

    /** The user, or null when none or blank. */
    public String login() {
        return blankToNull(user);
    }

    /** The text, or null when it is null or blank: the one reading of "not given" for URL parts and form fields. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The password of {@link #login()}: null when there is no user.
     *
     * @throws ChannelUrlException when a password is written without a user ({@code :pw@host})
     */
    public String loginPassword() {
        if (login() == null) {
            if (password != null && !password.isEmpty()) {
                throw new ChannelUrlException(scheme + "://: a password needs the user before it, as in user:password@host");
            }
            return null;
        }
        return password;
    }

    /** The first value of a query parameter, stripped, when it is given and not blank. */
    public Optional<String> given(String key) {
        return param(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** Whether any part (decoded) contains the text. */
    public boolean mentions(String text) {
        return Stream.concat(Stream.of(user, password, hostPart), Stream.concat(path.stream(),
                query.stream().flatMap(param -> Stream.of(param.key(), param.value()))))
                .anyMatch(part -> part != null && part.contains(text));
    }

    /** The first value of a query parameter, its key compared without case. */
    public Optional<String> param(String key) {
        return query.stream().filter(param -> param.key().equalsIgnoreCase(key)).map(Param::value).findFirst();
    }

    /** Every query parameter whose key starts with a prefix ({@code +} headers, {@code -} extra query, {@code :} fields). */
    public List<Param> paramsStartingWith(String prefix) {
        return query.stream().filter(param -> param.key().startsWith(prefix)).toList();
    }

    /**
     * The URL again, each part percent-encoded so that {@link #parse} reads the same parts back; a part that is
     * {@link ChannelUrl#MASK} is written as it is (a masked URL).
     */
    @Override
    public String toString() {
        StringBuilder url = new StringBuilder(scheme).append("://");
        if (user != null) {
            url.append(part(user, ""));
            if (password != null) {
                url.append(':').append(part(password, ""));
            }
            url.append('@');
        }
        url.append(part(hostPart, ":[]"));
        for (String segment : path) {
            url.append('/').append(part(segment, "#@:,"));
        }
        String separator = "?";
        for (Param param : query) {
            url.append(separator).append(part(param.key(), "+-:")).append('=').append(part(param.value(), "@:,/+"));
            separator = "&";
        }
        return url.toString();
    }

    private static String part(String text, String safe) {
        return text.equals(ChannelUrl.MASK) ? text : encode(text, safe);
    }

    /** Percent-encodes every byte but the unreserved characters and those in {@code safe}. */
    public static String encode(String text, String safe) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0
                    || (c < 128 && safe.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    /** Percent-decodes (UTF-8); a plus stays a plus. */
    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw new ChannelUrlException("The URL has a '%' that is not followed by two hex digits (write %25 for a percent sign)");
                }
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<Param> parseQuery(String query) {
        List<Param> params = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            params.add(equals < 0 ? new Param(decode(pair), "") : new Param(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1))));
        }
        return params;
    }
}
