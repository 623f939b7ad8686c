package io.kumo.alerts;

import java.time.Instant;
import java.time.ZoneId;

/** What a message says besides the run: the machine's name, the zone times are shown in, and "now". */
public record RenderContext(String host, ZoneId zone, Instant now) {
}
