package io.kumo.alerts.service;

import io.kumo.alerts.ChannelSpec;

/** An enabled channel whose URL could be opened, as the dispatcher sends to it (never shown: {@code spec} holds secrets). */
public record LiveChannel(ChannelView view, ChannelSpec spec) {
}
