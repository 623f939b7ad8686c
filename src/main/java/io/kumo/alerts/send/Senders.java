package io.kumo.alerts.send;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.ChannelSpec;
import io.kumo.alerts.DingTalkSpec;
import io.kumo.alerts.DiscordSpec;
import io.kumo.alerts.FeishuSpec;
import io.kumo.alerts.JsonSpec;
import io.kumo.alerts.MailSpec;
import io.kumo.alerts.NtfySpec;
import io.kumo.alerts.SlackSpec;
import io.kumo.alerts.TeamsSpec;
import io.kumo.alerts.TelegramSpec;
import io.kumo.alerts.WeComSpec;
import java.time.Clock;

/** Hands a message to the sender of its channel's service. Never throws: a sender's bug is a failed delivery. */
public final class Senders implements ChannelSender {

    private final MailSender mail;
    private final JsonSender json;
    private final NtfySender ntfy;
    private final SlackSender slack;
    private final TeamsSender teams;
    private final DiscordSender discord;
    private final TelegramSender telegram;
    private final DingTalkSender dingTalk;
    private final WeComSender weCom;
    private final FeishuSender feishu;

    public Senders(HttpTransport http, MailSender mail, Clock clock) {
        this.mail = mail;
        this.json = new JsonSender(http, clock);
        this.ntfy = new NtfySender(http, clock);
        this.slack = new SlackSender(http, clock);
        this.teams = new TeamsSender(http, clock);
        this.discord = new DiscordSender(http, clock);
        this.telegram = new TelegramSender(http, clock);
        this.dingTalk = new DingTalkSender(http, clock);
        this.weCom = new WeComSender(http, clock);
        this.feishu = new FeishuSender(http, clock);
    }

    @Override
    public SendResult send(AlertMessage message, ChannelSpec channel) {
        try {
            return switch (channel) {
                case MailSpec spec -> mail.send(message, spec);
                case JsonSpec spec -> json.send(message, spec);
                case NtfySpec spec -> ntfy.send(message, spec);
                case SlackSpec spec -> slack.send(message, spec);
                case TeamsSpec spec -> teams.send(message, spec);
                case DiscordSpec spec -> discord.send(message, spec);
                case TelegramSpec spec -> telegram.send(message, spec);
                case DingTalkSpec spec -> dingTalk.send(message, spec);
                case WeComSpec spec -> weCom.send(message, spec);
                case FeishuSpec spec -> feishu.send(message, spec);
                default -> new SendResult.Failed("No sender for " + channel.kind().label());
            };
        } catch (RuntimeException e) {
            return new SendResult.Failed("Kumo could not send it: " + ErrorText.mask(String.valueOf(e.getMessage()), channel.secrets()));
        }
    }
}
