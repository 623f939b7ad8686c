package io.kumo.alerts;

import java.util.List;

/** msteams:// understood. Contract stub: the `chat` engineer turns this into a record with the URL's parts. */
public final class TeamsSpec implements ChannelSpec {

    public static TeamsSpec parse(RawUrl url) {
        throw new UnsupportedOperationException("msteams:// is being built");
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
