package io.kumo.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts the chat robots' URLs (dingtalk://, wecombot://, feishu://) share: a token as the host (or a query alias),
 * an optional signing secret before the {@code @} (or {@code ?secret=}), and Kumo's {@code ?base=} that points the
 * channel at another server. Each reader throws a one-line {@link ChannelUrlException}.
 */
final class RobotUrlParts {

    private RobotUrlParts() {
    }

    /** The token written as the host or as {@code ?alias=} (not both, unless equal), matching {@code shape}. */
    static String token(RawUrl url, String alias, Pattern shape, String example) {
        String host = url.hostPart();
        String query = url.param(alias).orElse("");
        if (!host.isEmpty() && !query.isEmpty() && !host.equals(query)) {
            throw new ChannelUrlException(url.scheme() + "://: give the token once, as in " + example);
        }
        String token = host.isEmpty() ? query : host;
        if (token.isEmpty()) {
            throw new ChannelUrlException(url.scheme() + "://: the robot's token is missing, as in " + example);
        }
        if (!shape.matcher(token).matches()) {
            throw new ChannelUrlException(url.scheme() + "://: the token has characters a robot token never has; copy it from the robot's webhook address, as in " + example);
        }
        return token;
    }

    /** The signing secret written before the {@code @} or as {@code ?secret=}, or null when the robot is not signed. */
    static String secret(RawUrl url, Pattern shape, String example) {
        if (url.password() != null) {
            throw new ChannelUrlException(url.scheme() + "://: only the signing secret goes before the @, as in " + example);
        }
        String before = url.user() == null ? "" : url.user();
        String query = url.param("secret").orElse("");
        if (!before.isEmpty() && !query.isEmpty() && !before.equals(query)) {
            throw new ChannelUrlException(url.scheme() + "://: give the signing secret once, as in " + example);
        }
        String secret = before.isEmpty() ? query : before;
        if (secret.isEmpty()) {
            return null;
        }
        if (!shape.matcher(secret).matches()) {
            throw new ChannelUrlException(url.scheme() + "://: the signing secret has characters such secrets never have; copy it from the robot's security settings");
        }
        return secret;
    }

    /** {@code ?base=http(s)://host[:port][/prefix]} without its trailing slash, or null for the vendor's own server. */
    static String base(RawUrl url) {
        String value = url.param("base").orElse("").strip();
        if (value.isEmpty()) {
            return null;
        }
        String refusal = url.scheme() + "://: ?base= takes http://host[:port] or https://host[:port], as in ?base=http://127.0.0.1:8089";
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new ChannelUrlException(refusal);
            }
        } catch (URISyntaxException e) {
            throw new ChannelUrlException(refusal);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** The query a spec writes back: {@code extra} then {@code base} when set. */
    static List<RawUrl.Param> query(String base, RawUrl.Param... extra) {
        List<RawUrl.Param> query = new ArrayList<>(List.of(extra));
        if (base != null) {
            query.add(new RawUrl.Param("base", base));
        }
        return query;
    }
}
