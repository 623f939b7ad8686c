package io.kumo.alerts;

import java.util.List;

/** discord:// understood. Contract stub: the `chat` engineer turns this into a record with the URL's parts. */
public final class DiscordSpec implements ChannelSpec {

    public static DiscordSpec parse(RawUrl url) {
        throw new UnsupportedOperationException("discord:// is being built");
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
