package io.kumo.alerts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The services a channel can reach, by the URL scheme that names them (Apprise's notation). */
public enum ChannelKind {
    MAILTO("mailto", "Email (SMTP)"),
    MAILTOS("mailtos", "Email (SMTP over TLS)"),
    JSON("json", "JSON webhook (http)"),
    JSONS("jsons", "JSON webhook (https)"),
    SLACK("slack", "Slack"),
    MSTEAMS("msteams", "Microsoft Teams"),
    DISCORD("discord", "Discord"),
    TGRAM("tgram", "Telegram"),
    DINGTALK("dingtalk", "DingTalk"),
    WECOMBOT("wecombot", "WeCom group robot"),
    FEISHU("feishu", "Feishu / Lark"),
    NTFY("ntfy", "ntfy (http)"),
    NTFYS("ntfys", "ntfy (https)");

    private final String scheme;
    private final String label;

    ChannelKind(String scheme, String label) {
        this.scheme = scheme;
        this.label = label;
    }

    public String scheme() {
        return scheme;
    }

    /** What a person calls it ("Email (SMTP)"). */
    public String label() {
        return label;
    }

    public static Optional<ChannelKind> ofScheme(String scheme) {
        String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.scheme.equals(lower)).findFirst();
    }
}
