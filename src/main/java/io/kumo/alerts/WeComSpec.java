package io.kumo.alerts;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code wecombot://KEY[?base=…]} understood (Apprise's notation): a WeCom (企业微信) group robot. The key from the
 * robot's webhook address is its only credential; WeCom robots have no signing secret.
 *
 * @param key  the {@code key=} of the robot's webhook address
 * @param base the server in place of {@link #VENDOR} ({@code ?base=}), or null
 */
public record WeComSpec(String key, String base) implements ChannelSpec {

    public static final String VENDOR = "https://qyapi.weixin.qq.com";

    private static final String EXAMPLE = "wecombot://KEY";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

    public WeComSpec {
        Objects.requireNonNull(key, "key");
    }

    /** @throws ChannelUrlException with one line naming what is wrong */
    public static WeComSpec parse(RawUrl url) {
        if (url.user() != null) {
            throw new ChannelUrlException("wecombot://: a WeCom robot has no secret or user; write only its key, as in " + EXAMPLE);
        }
        if (!url.path().isEmpty()) {
            throw new ChannelUrlException("wecombot://: write only the robot's key after wecombot://, as in " + EXAMPLE);
        }
        return new WeComSpec(RobotUrlParts.token(url, "key", KEY, EXAMPLE), BaseUrl.read(url).orElse(null));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WECOMBOT;
    }

    @Override
    public RawUrl url(boolean maskSecrets) {
        return new RawUrl(kind().scheme(), null, null, ChannelSpec.secret(key, maskSecrets), List.of(), BaseUrl.param(base, null));
    }

    @Override
    public List<String> secrets() {
        return List.of(key);
    }

    /** Where the robot API lives: {@code ?base=} or WeCom's own server. */
    public String origin() {
        return base == null ? VENDOR : base;
    }

    @Override
    public String toString() {
        return ChannelSpec.describe(this);
    }
}
