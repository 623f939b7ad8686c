package io.kumo.alerts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code discord://[botname@]WebhookID/WebhookToken[?base=…]}: a Discord webhook
 * ({@code https://discord.com/api/webhooks/WebhookID/WebhookToken}).
 *
 * @param botName the name the message shows, or null for the webhook's own
 * @param base    {@code https://discord.com}, or the server standing in for it
 */
public record DiscordSpec(String botName, String webhookId, String webhookToken, String base) implements ChannelSpec {

    public static final String VENDOR = "https://discord.com";
    private static final Pattern ID = Pattern.compile("[0-9]+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");

    public static DiscordSpec parse(RawUrl url) {
        if (url.path().size() != 1 || !ID.matcher(url.hostPart()).matches() || !TOKEN.matcher(url.path().getFirst()).matches()) {
            throw new ChannelUrlException("A Discord URL reads discord://WebhookID/WebhookToken "
                    + "(from https://discord.com/api/webhooks/WebhookID/WebhookToken)");
        }
        return new DiscordSpec(url.login(), url.hostPart(), url.path().getFirst(), BaseUrl.read(url).orElse(VENDOR));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.DISCORD;
    }

    @Override
    public RawUrl url(boolean maskSecrets) {
        return new RawUrl(kind().scheme(), botName, null, webhookId, List.of(ChannelSpec.secret(webhookToken, maskSecrets)),
                BaseUrl.param(base, VENDOR));
    }

    @Override
    public List<String> secrets() {
        return List.of(webhookToken);
    }

    @Override
    public String toString() {
        return ChannelSpec.describe(this);
    }
}
