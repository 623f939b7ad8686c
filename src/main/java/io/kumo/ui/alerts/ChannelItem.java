package io.kumo.ui.alerts;

import io.kumo.alerts.service.ChannelView;

/**
 * One row of the channels list: the channel, what it is told in words, and how its last delivery went ("" for none).
 */
public record ChannelItem(ChannelView view, String told, String lastDelivery) {

    public String name() {
        return view.name();
    }
}
