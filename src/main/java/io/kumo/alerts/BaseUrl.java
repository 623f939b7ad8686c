package io.kumo.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code ?base=http://host:port} every HTTP channel takes (a Kumo extension to Apprise's notation): it stands in
 * for the vendor's {@code scheme://host[:port]} (a self-hosted server, a proxy, a test's server); the vendor's path is
 * kept. The one reader of {@code base=} for every kind.
 */
final class BaseUrl {

    private BaseUrl() {
    }

    /**
     * The base the URL names, without trailing slashes, or empty when it names none.
     *
     * @throws ChannelUrlException (naming no value: it may hold a password) unless it is http(s)://host[:port][/prefix]
     *                             without user info, query or fragment
     */
    static Optional<String> read(RawUrl url) {
        Optional<String> given = url.given("base");
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String base = given.get();
        String why = url.scheme() + "://: base= takes http://host[:port] or https://host[:port] (a path prefix may follow, "
                + "no user info), as in ?base=http://127.0.0.1:8089";
        try {
            URI uri = new URI(base);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null || uri.getPort() > 65535) {
                throw new ChannelUrlException(why);
            }
        } catch (URISyntaxException e) {
            throw new ChannelUrlException(why);
        }
        return Optional.of(base.replaceAll("/+$", ""));
    }

    /** The {@code base} parameter {@link ChannelSpec#toUrl()} writes: none when the base is null or the vendor's own. */
    static List<RawUrl.Param> param(String base, String vendor) {
        return base == null || base.equals(vendor) ? List.of() : List.of(new RawUrl.Param("base", base));
    }
}
