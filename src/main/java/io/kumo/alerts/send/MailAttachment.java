package io.kumo.alerts.send;

/** One file sent with a mail (a scheduled report). */
public record MailAttachment(String fileName, String mediaType, byte[] content) {
}
