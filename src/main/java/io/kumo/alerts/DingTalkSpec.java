package io.kumo.alerts;

import java.util.List;

/** dingtalk:// understood. Contract stub: the `china` engineer turns this into a record with the URL's parts. */
public final class DingTalkSpec implements ChannelSpec {

    public static DingTalkSpec parse(RawUrl url) {
        throw new UnsupportedOperationException("dingtalk:// is being built");
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
