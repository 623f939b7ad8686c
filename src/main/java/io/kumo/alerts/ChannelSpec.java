package io.kumo.alerts;

import java.util.List;

/**
 * One channel's URL, understood: which service, where, with which credentials. Each kind has its own record
 * ({@code MailSpec}, {@code SlackSpec}…), read by {@link ChannelUrl#parse}. Every HTTP kind also takes
 * {@code ?base=http://host:port} to reach a self-hosted server (or a test's) in place of the vendor's host; the path
 * the vendor uses is kept.
 * <p>
 * Each record renders its URL once, in {@link #url(boolean)}, and writes its {@code toString()} as {@link #describe}:
 * a record's own text would show the secrets.
 */
public interface ChannelSpec {

    ChannelKind kind();

    /**
     * The URL's parts, which {@link ChannelUrl#parse} reads back into an equal spec; with {@code maskSecrets} each part
     * that holds a secret is {@link ChannelUrl#MASK} instead (and nothing else is).
     */
    RawUrl url(boolean maskSecrets);

    /** The URL that {@link ChannelUrl#parse} reads back into an equal spec (clear secrets: only ever stored sealed). */
    default String toUrl() {
        return url(false).toString();
    }

    /** Every secret in the URL (passwords, tokens, keys, signing secrets), decoded, as {@link #toUrl()} carries them. */
    List<String> secrets();

    /** The URL with every secret part written {@code ******}: what lists, logs, the audit and the CLI show. */
    default String masked() {
        return url(true).toString();
    }

    /** What every spec's {@code toString()} returns: its type and masked URL. */
    static String describe(ChannelSpec spec) {
        return spec.getClass().getSimpleName() + "[" + spec.masked() + "]";
    }

    /** The value, or {@link ChannelUrl#MASK} in its place when masking and there is one. */
    static String secret(String value, boolean mask) {
        return mask && value != null && !value.isEmpty() ? ChannelUrl.MASK : value;
    }
}
