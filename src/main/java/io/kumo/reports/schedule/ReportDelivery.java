package io.kumo.reports.schedule;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.MailSpec;
import io.kumo.alerts.send.ChannelSender;
import io.kumo.alerts.send.MailAttachment;
import io.kumo.alerts.send.MailSender;
import io.kumo.alerts.send.SendResult;
import io.kumo.alerts.service.ChannelService;
import io.kumo.alerts.service.LiveChannel;

/** Sends a report through an alert channel: a mail carries the file, any other channel the summary and file name. */
public final class ReportDelivery {

    private final ChannelService channels;
    private final ChannelSender sender;
    private final MailSender mail;

    public ReportDelivery(ChannelService channels, ChannelSender sender, MailSender mail) {
        this.channels = channels;
        this.sender = sender;
        this.mail = mail;
    }

    SendResult deliver(long channelId, String channelName, AlertMessage message, MailAttachment file) {
        LiveChannel channel = channels.liveChannels().stream().filter(live -> live.view().id() == channelId).findFirst()
                .orElse(null);
        if (channel == null) {
            return new SendResult.Failed("channel " + channelName + " is turned off or its URL cannot be read");
        }
        try {
            return channel.spec() instanceof MailSpec spec ? mail.send(message, spec, file) : sender.send(message, channel.spec());
        } catch (RuntimeException e) {
            return new SendResult.Failed("Kumo could not send it: " + e.getMessage());
        }
    }
}
