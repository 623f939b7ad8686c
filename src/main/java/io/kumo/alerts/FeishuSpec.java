package io.kumo.alerts;

import java.util.List;

/** feishu:// understood. Contract stub: the `china` engineer turns this into a record with the URL's parts. */
public final class FeishuSpec implements ChannelSpec {

    public static FeishuSpec parse(RawUrl url) {
        throw new UnsupportedOperationException("feishu:// is being built");
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
