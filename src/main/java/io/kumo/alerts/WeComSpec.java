package io.kumo.alerts;

import java.util.List;

/** wecombot:// understood. Contract stub: the `china` engineer turns this into a record with the URL's parts. */
public final class WeComSpec implements ChannelSpec {

    public static WeComSpec parse(RawUrl url) {
        throw new UnsupportedOperationException("wecombot:// is being built");
    }

    @Override
    public ChannelKind kind() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toUrl() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> secrets() {
        throw new UnsupportedOperationException();
    }
}
