package io.kumo.alerts;

import java.util.List;

/** slack:// understood. Contract stub: the `chat` engineer turns this into a record with the URL's parts. */
public final class SlackSpec implements ChannelSpec {

    public static SlackSpec parse(RawUrl url) {
        throw new UnsupportedOperationException("slack:// is being built");
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
