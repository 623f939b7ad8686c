package io.kumo.alerts;

import java.util.List;

/**
 * One channel's URL, understood: which service, where, with which credentials. Each kind has its own record
 * ({@code MailSpec}, {@code SlackSpec}…), read by {@link ChannelUrl#parse}. Every HTTP kind also takes
 * {@code ?base=http://host:port} to reach a self-hosted server (or a test's) in place of the vendor's host; the path
 * the vendor uses is kept.
 */
public interface ChannelSpec {

    ChannelKind kind();

    /** The URL that {@link ChannelUrl#parse} reads back into an equal spec (clear secrets: only ever stored sealed). */
    String toUrl();

    /** Every secret in the URL (passwords, tokens, keys, signing secrets), decoded, as {@link #toUrl()} carries them. */
    List<String> secrets();

    /** The URL with every secret written {@code ******}: what lists, logs, the audit and the CLI show. */
    default String masked() {
        return ChannelUrl.mask(toUrl(), secrets());
    }
}
