package io.kumo.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code tgram://BOT_TOKEN/CHAT_ID[/CHAT_ID…][?base=…]}: a Telegram bot ({@code 123456:ABC-def…} from BotFather) and
 * the chats it posts to: numbers (negative for groups) or {@code @channelname}.
 *
 * @param base {@code https://api.telegram.org}, or a self-hosted Bot API server (or a test's)
 */
public record TelegramSpec(String botToken, List<String> chatIds, String base) implements ChannelSpec {

    public static final String VENDOR = "https://api.telegram.org";
    private static final Pattern TOKEN = Pattern.compile("[0-9]+:[A-Za-z0-9_-]+");
    private static final Pattern NUMERIC = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern NAME = Pattern.compile("@?[A-Za-z][A-Za-z0-9_]{3,}");

    public TelegramSpec {
        chatIds = List.copyOf(chatIds);
    }

    public static TelegramSpec parse(RawUrl url) {
        String token = url.hostPart().startsWith("bot") ? url.hostPart().substring(3) : url.hostPart();
        if (!TOKEN.matcher(token).matches()) {
            throw new ChannelUrlException("A Telegram URL reads tgram://BOT_TOKEN/CHAT_ID, the bot token as BotFather gives it (123456:ABC-def…)");
        }
        List<String> chats = new ArrayList<>(url.path());
        url.param("to").ifPresent(to -> List.of(to.split("[,\\s]+")).stream().filter(id -> !id.isEmpty()).forEach(chats::add));
        if (chats.isEmpty()) {
            throw new ChannelUrlException("A Telegram URL needs a chat id after the bot token: tgram://BOT_TOKEN/CHAT_ID");
        }
        List<String> ids = new ArrayList<>();
        for (String chat : chats) {
            if (NUMERIC.matcher(chat).matches()) {
                ids.add(chat);
            } else if (NAME.matcher(chat).matches()) {
                ids.add(chat.startsWith("@") ? chat : "@" + chat);
            } else {
                throw new ChannelUrlException("A Telegram chat id is a number (negative for groups) or @channelname");
            }
        }
        return new TelegramSpec(token, ids, BaseUrl.read(url).orElse(VENDOR));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.TGRAM;
    }

    @Override
    public RawUrl url(boolean maskSecrets) {
        return new RawUrl(kind().scheme(), null, null, ChannelSpec.secret(botToken, maskSecrets), chatIds, BaseUrl.param(base, VENDOR));
    }

    @Override
    public List<String> secrets() {
        return List.of(botToken);
    }

    @Override
    public String toString() {
        return ChannelSpec.describe(this);
    }
}
