package io.kumo.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code slack://[botname@]TokenA/TokenB/TokenC[/#channel][?base=…]}: a Slack incoming webhook
 * ({@code https://hooks.slack.com/services/TokenA/TokenB/TokenC}). Bot tokens ({@code xoxb-…}) are refused: Kumo posts
 * through webhooks only.
 *
 * @param botName the name the message shows, or null for the webhook's own
 * @param channel {@code #channel} or {@code @user} to post to instead of the webhook's channel, or null
 * @param base    {@code https://hooks.slack.com}, or the server standing in for it
 */
public record SlackSpec(String botName, String tokenA, String tokenB, String tokenC, String channel, String base)
        implements ChannelSpec {

    public static final String VENDOR = "https://hooks.slack.com";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern TARGET = Pattern.compile("[#@]?[A-Za-z0-9._-]+");
    private static final String FORM = "slack://TokenA/TokenB/TokenC[/#channel] (from https://hooks.slack.com/services/TokenA/TokenB/TokenC)";

    public static SlackSpec parse(RawUrl url) {
        if (url.hostPart().toLowerCase(Locale.ROOT).startsWith("xox")) {
            throw new ChannelUrlException("Slack bot tokens (xoxb-…/xoxp-…) are not supported; create an incoming webhook and use " + FORM);
        }
        List<String> path = url.path();
        if (path.size() < 2 || path.size() > 3 || !ID.matcher(url.hostPart()).matches() || !ID.matcher(path.get(0)).matches()
                || !ID.matcher(path.get(1)).matches()) {
            throw new ChannelUrlException("A Slack URL reads " + FORM);
        }
        String channel = path.size() == 3 ? path.get(2) : url.param("to").orElse(null);
        if (channel != null && !TARGET.matcher(channel).matches()) {
            throw new ChannelUrlException("A Slack channel reads #channel or @user");
        }
        if (channel != null && channel.charAt(0) != '#' && channel.charAt(0) != '@') {
            channel = "#" + channel;
        }
        return new SlackSpec(url.login(), url.hostPart(), path.get(0), path.get(1), channel, BaseUrl.read(url).orElse(VENDOR));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SLACK;
    }

    @Override
    public RawUrl url(boolean maskSecrets) {
        List<String> path = new ArrayList<>(List.of(ChannelSpec.secret(tokenB, maskSecrets), ChannelSpec.secret(tokenC, maskSecrets)));
        if (channel != null) {
            path.add(channel);
        }
        return new RawUrl(kind().scheme(), botName, null, ChannelSpec.secret(tokenA, maskSecrets), path, BaseUrl.param(base, VENDOR));
    }

    @Override
    public List<String> secrets() {
        return List.of(tokenA, tokenB, tokenC);
    }

    @Override
    public String toString() {
        return ChannelSpec.describe(this);
    }
}
