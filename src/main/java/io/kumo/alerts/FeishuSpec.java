package io.kumo.alerts;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code feishu://[SECRET@]TOKEN[?secret=…&base=…]} understood: a Feishu (飞书) / Lark custom bot. The token is the last
 * part of the bot's webhook address; the signing secret ("签名校验") is Kumo's extension of Apprise's grammar, written
 * as DingTalk's is.
 *
 * @param token  the hook's token (the UUID after {@code /bot/v2/hook/})
 * @param secret the signing secret, or null when the bot is not signed
 * @param base   the server in place of {@link #VENDOR} ({@code ?base=}, e.g. https://open.larksuite.com), or null
 */
public record FeishuSpec(String token, String secret, String base) implements ChannelSpec {

    public static final String VENDOR = "https://open.feishu.cn";

    private static final String EXAMPLE = "feishu://SECRET@TOKEN";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");

    public FeishuSpec {
        Objects.requireNonNull(token, "token");
    }

    /** @throws ChannelUrlException with one line naming what is wrong */
    public static FeishuSpec parse(RawUrl url) {
        if (!url.path().isEmpty()) {
            throw new ChannelUrlException("feishu://: write only the hook's token after feishu://, as in " + EXAMPLE);
        }
        return new FeishuSpec(RobotUrlParts.token(url, "token", TOKEN, EXAMPLE), RobotUrlParts.secret(url, TOKEN, EXAMPLE),
                BaseUrl.read(url).orElse(null));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.FEISHU;
    }

    @Override
    public RawUrl url(boolean maskSecrets) {
        return new RawUrl(kind().scheme(), ChannelSpec.secret(secret, maskSecrets), null, ChannelSpec.secret(token, maskSecrets),
                List.of(), BaseUrl.param(base, null));
    }

    @Override
    public List<String> secrets() {
        return secret == null ? List.of(token) : List.of(token, secret);
    }

    /** Where the bot API lives: {@code ?base=} or Feishu's own server. */
    public String origin() {
        return base == null ? VENDOR : base;
    }

    @Override
    public String toString() {
        return ChannelSpec.describe(this);
    }
}
