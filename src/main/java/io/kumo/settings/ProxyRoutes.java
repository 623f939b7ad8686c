package io.kumo.settings;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proxy settings as a {@link ProxySelector}, read again at each {@link #select} so that a change applies without a
 * restart: a host listed in NO_PROXY ({@code *}, {@code example.com} also covering its subdomains, {@code .example.com})
 * goes direct; otherwise https goes through HTTPS_PROXY and everything else through HTTP_PROXY, when set.
 *
 * <p>A value Kumo cannot read as {@code [http://][user:password@]host[:port]} means no proxy, with one warning naming
 * the setting but never its value (it may hold a password). A user and password in the value are answered through
 * {@link #login()}, only to that proxy. For https the JDK sends no Basic login to a proxy's tunnel unless Kumo runs with
 * {@code -Djdk.http.auth.tunneling.disabledSchemes=}; without it Kumo warns once, and the proxy's 407 is the delivery's
 * error.
 */
public final class ProxyRoutes extends ProxySelector {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyRoutes.class);
    private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);
    private static final String TUNNEL_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    /** A proxy from the settings: where it is and, when the value had them, its login. */
    record Route(String host, int port, String user, String password) {

        boolean hasLogin() {
            return user != null;
        }
    }

    private final Supplier<Map<String, String>> environment;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public ProxyRoutes(SettingsService settings) {
        this(() -> ProxyEnvironment.of(settings));
    }

    /** @param environment HTTP_PROXY / HTTPS_PROXY / NO_PROXY, as {@link ProxyEnvironment} gives them */
    public ProxyRoutes(Supplier<Map<String, String>> environment) {
        this.environment = environment;
    }

    @Override
    public List<Proxy> select(URI uri) {
        Map<String, String> env = environment.get();
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (bypassed(host, env.getOrDefault("NO_PROXY", ""))) {
            return DIRECT;
        }
        return route(env, "https".equalsIgnoreCase(uri.getScheme()) ? "HTTPS_PROXY" : "HTTP_PROXY")
                .map(route -> List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(route.host(), route.port()))))
                .orElse(DIRECT);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to remember: the next select reads the settings again
    }

    /**
     * Answers a proxy's request for a login (never a web server's) with the user and password of the configured proxy
     * at that host and port; nothing when the settings give none.
     */
    public Authenticator login() {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                if (getRequestorType() != RequestorType.PROXY) {
                    return null;
                }
                Map<String, String> env = environment.get();
                return Stream.of("HTTPS_PROXY", "HTTP_PROXY").map(name -> route(env, name)).flatMap(Optional::stream)
                        .filter(route -> route.hasLogin() && route.host().equalsIgnoreCase(getRequestingHost()) && route.port() == getRequestingPort())
                        .findFirst().map(route -> new PasswordAuthentication(route.user(), route.password().toCharArray())).orElse(null);
            }
        };
    }

    /** The proxy a setting names, or empty when unset or unreadable (warned once, without the value). */
    private Optional<Route> route(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Route> route = parse(value.strip());
        if (route.isEmpty()) {
            warnOnce(name + " " + value, "The " + name + " setting is not a proxy address Kumo can use (http://[user:password@]host:port);"
                    + " connecting without a proxy");
        } else if (route.get().hasLogin() && "HTTPS_PROXY".equals(name) && tunnelBasicDisabled()) {
            warnOnce(name + " login " + value, "The " + name + " setting has a user and password, but Java sends no Basic login to a"
                    + " proxy for https unless Kumo runs with -D" + TUNNEL_SCHEMES + "= ; https webhooks through it may be refused (407)");
        }
        return route;
    }

    static Optional<Route> parse(String value) {
        try {
            URI uri = new URI(value.contains("://") ? value : "http://" + value);
            if (uri.getHost() == null || !"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                return Optional.empty();
            }
            int port = uri.getPort() < 0 ? 80 : uri.getPort();
            String userInfo = uri.getUserInfo();
            if (userInfo == null) {
                return Optional.of(new Route(uri.getHost(), port, null, null));
            }
            int colon = userInfo.indexOf(':');
            return Optional.of(colon < 0 ? new Route(uri.getHost(), port, userInfo, "")
                    : new Route(uri.getHost(), port, userInfo.substring(0, colon), userInfo.substring(colon + 1)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private void warnOnce(String key, String message) {
        if (warned.add(Integer.toHexString(key.hashCode()))) {
            LOG.warn(message);
        }
    }

    private static boolean tunnelBasicDisabled() {
        String disabled = System.getProperty(TUNNEL_SCHEMES);
        return disabled == null || Arrays.stream(disabled.split(",")).map(String::strip).anyMatch("Basic"::equalsIgnoreCase);
    }

    private static boolean bypassed(String host, String noProxy) {
        return Arrays.stream(noProxy.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                .map(entry -> entry.toLowerCase(Locale.ROOT))
                .anyMatch(entry -> entry.equals("*") || host.equals(entry.replaceFirst("^\\.", ""))
                        || host.endsWith(entry.startsWith(".") ? entry : "." + entry));
    }
}
