package io.kumo.alerts;

/** A channel's own subject and body; a null part means the default for the event ({@link Templates#DEFAULT}). */
public record AlertTemplate(String subject, String body) {
}
