package io.kumo.alerts;

import java.util.List;

/** json:// and jsons:// understood. Contract stub: the `mail` engineer turns this into a record with the URL's parts. */
public final class JsonSpec implements ChannelSpec {

    public static JsonSpec parse(RawUrl url) {
        throw new UnsupportedOperationException("json:// and jsons:// is being built");
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
