package io.kumo.alerts;

import java.util.List;

/** ntfy:// and ntfys:// understood. Contract stub: the `mail` engineer turns this into a record with the URL's parts. */
public final class NtfySpec implements ChannelSpec {

    public static NtfySpec parse(RawUrl url) {
        throw new UnsupportedOperationException("ntfy:// and ntfys:// is being built");
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
