package io.kumo.alerts;

import io.kumo.common.ValidationException;

/** A channel URL Kumo cannot use, with one line saying why ("slack://: needs three tokens, as in slack://T…/B…/x…"). */
public class ChannelUrlException extends ValidationException {

    public ChannelUrlException(String message) {
        super(message);
    }
}
