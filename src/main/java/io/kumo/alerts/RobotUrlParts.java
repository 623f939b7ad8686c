package io.kumo.alerts;

import java.util.regex.Pattern;

/**
 * The parts the chat robots' URLs (dingtalk://, wecombot://, feishu://) share: a token as the host (or a query alias),
 * an optional signing secret before the {@code @} (or {@code ?secret=}). Each reader throws a one-line {@link ChannelUrlException}.
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
}
