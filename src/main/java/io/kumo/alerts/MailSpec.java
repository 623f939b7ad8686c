package io.kumo.alerts;

import java.util.List;

/** mailto:// and mailtos:// understood. Contract stub: the `mail` engineer turns this into a record with the URL's parts. */
public final class MailSpec implements ChannelSpec {

    public static MailSpec parse(RawUrl url) {
        throw new UnsupportedOperationException("mailto:// and mailtos:// is being built");
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
