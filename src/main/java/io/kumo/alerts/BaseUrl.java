package io.kumo.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code ?base=http://host:port} every vendor channel takes (a Kumo extension to Apprise's notation): it stands in
 * for the vendor's {@code scheme://host[:port]} (a self-hosted server, a proxy, a test's server); the vendor's path is kept.
 */
final class BaseUrl {

    private BaseUrl() {
    }

    /** The base the URL names, without a trailing slash, or {@code vendor} when it names none. */
    static String read(RawUrl url, String vendor) {
        String base = url.param("base").map(String::strip).orElse("");
        if (base.isEmpty()) {
            return vendor;
        }
        String why = "base= takes http://host[:port] or https://host[:port] (a path prefix may follow)";
        try {
            URI uri = new URI(base);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new ChannelUrlException(why);
            }
        } catch (URISyntaxException e) {
            throw new ChannelUrlException(why);
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The {@code base} parameter {@link ChannelSpec#toUrl()} writes: none when it is the vendor's own. */
    static List<RawUrl.Param> param(String base, String vendor) {
        return base.equals(vendor) ? List.of() : List.of(new RawUrl.Param("base", base));
    }
}
