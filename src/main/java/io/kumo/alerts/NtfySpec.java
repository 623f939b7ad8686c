package io.kumo.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ntfy:// and ntfys:// understood (Apprise's grammar). Cloud mode publishes to https://ntfy.sh:
 * {@code ntfy://topic[/topic2]}; private mode to your server: {@code ntfy://[user[:password]@|tk_token@]host[:port]/topic}
 * ({@code ntfys://} for https). Private mode is chosen when topics follow the host (and the host is not ntfy.sh);
 * {@code ?mode=cloud|private} forces it. {@code ?token=} or a user starting {@code tk_} with no password sends a Bearer
 * token (written back as {@code ?token=}, the one place an edit keeps it), a user and password Basic authentication.
 * {@code ?base=http://host:port[/prefix]} replaces the server (cloud or private). Secrets: the password and the token.
 *
 * @param hostPart the private server's host and port, or null in cloud mode
 * @param user     Basic authentication's user, or null
 * @param token    a Bearer access token, or null
 * @param base     the server that replaces ntfy.sh or the host, or null
 */
public record NtfySpec(boolean secure, String hostPart, String user, String password, String token, List<String> topics, String base)
        implements ChannelSpec {

    public static final String CLOUD = "ntfy.sh";
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public NtfySpec {
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new ChannelUrlException("ntfy:// needs a topic, as in ntfy://kumo-alerts or ntfy://ntfy.example.com/kumo-alerts");
        }
    }

    /** @throws ChannelUrlException with one line naming what is wrong */
    public static NtfySpec parse(RawUrl url) {
        String scheme = url.scheme() + "://";
        String mode = url.param("mode").map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse("");
        if (!List.of("", "cloud", "private").contains(mode)) {
            throw new ChannelUrlException(scheme + ": unknown mode; use cloud or private");
        }
        boolean cloudHost = url.host().toLowerCase(Locale.ROOT).endsWith(CLOUD);
        boolean cloud = mode.equals("cloud") || mode.isEmpty() && (url.path().isEmpty() || cloudHost);
        List<String> topics = new ArrayList<>();
        if (cloud && !cloudHost && !url.host().isBlank()) {
            topics.add(url.hostPart());
        }
        if (!cloud && url.host().isBlank()) {
            throw new ChannelUrlException(scheme + ": private mode needs your server, as in " + scheme + "ntfy.example.com/kumo-alerts");
        }
        if (!cloud) {
            url.checkServer();
        }
        topics.addAll(url.path());
        url.param("to").ifPresent(list -> List.of(list.split("[,\\s]+")).stream().filter(topic -> !topic.isBlank()).forEach(topics::add));
        for (int i = 0; i < topics.size(); i++) {
            if (!TOPIC.matcher(topics.get(i)).matches()) {
                throw new ChannelUrlException(scheme + ": topic " + (i + 1) + " of " + topics.size()
                        + " is no ntfy topic (letters, digits, - and _, at most 64); a '/' or '?' in a password is written %2F or %3F");
            }
        }
        String user = url.login();
        String password = url.loginPassword();
        String token = url.given("token").orElse(null);
        if (token == null && user != null && password == null && user.startsWith("tk_")) {
            token = user;
            user = null;
        }
        return new NtfySpec(url.scheme().equals(ChannelKind.NTFYS.scheme()), cloud ? null : url.hostPart(), user, password, token,
                topics, BaseUrl.read(url).orElse(null));
    }

    @Override
    public ChannelKind kind() {
        return secure ? ChannelKind.NTFYS : ChannelKind.NTFY;
    }

    @Override
    public RawUrl url(boolean maskSecrets) {
        List<RawUrl.Param> query = new ArrayList<>();
        if (token != null) {
            query.add(new RawUrl.Param("token", ChannelSpec.secret(token, maskSecrets)));
        }
        query.addAll(BaseUrl.param(base, null));
        if (hostPart != null && new RawUrl(kind().scheme(), null, null, hostPart, List.of(), List.of()).host().endsWith(CLOUD)) {
            query.add(new RawUrl.Param("mode", "private"));
        }
        return new RawUrl(kind().scheme(), user, ChannelSpec.secret(password, maskSecrets), hostPart == null ? CLOUD : hostPart, topics, query);
    }

    @Override
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        if (password != null && !password.isEmpty()) {
            secrets.add(password);
        }
        if (token != null) {
            secrets.add(token);
        }
        return List.copyOf(secrets);
    }

    /** Where messages are published: {@code base}, else the private server, else https://ntfy.sh (no trailing slash). */
    public String endpoint() {
        if (base != null) {
            return base;
        }
        return hostPart == null ? "https://" + CLOUD : (secure ? "https" : "http") + "://" + hostPart;
    }

    @Override
    public String toString() {
        return ChannelSpec.describe(this);
    }
}
