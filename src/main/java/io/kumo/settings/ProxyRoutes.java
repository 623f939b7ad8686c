package io.kumo.settings;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The proxy settings as a {@link ProxySelector}, read again at each {@link #select} so that a change applies without a
 * restart: a host listed in NO_PROXY ({@code *}, {@code example.com} also covering its subdomains, {@code .example.com})
 * goes direct; otherwise https goes through HTTPS_PROXY and everything else through HTTP_PROXY, when set.
 */
public final class ProxyRoutes extends ProxySelector {

    private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);

    private final Supplier<Map<String, String>> environment;

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
        String proxy = env.get("https".equalsIgnoreCase(uri.getScheme()) ? "HTTPS_PROXY" : "HTTP_PROXY");
        if (proxy == null || proxy.isBlank() || bypassed(host, env.getOrDefault("NO_PROXY", ""))) {
            return DIRECT;
        }
        URI proxyUri = URI.create(proxy.contains("://") ? proxy.strip() : "http://" + proxy.strip());
        int port = proxyUri.getPort() < 0 ? 80 : proxyUri.getPort();
        return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxyUri.getHost(), port)));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to remember: the next select reads the settings again
    }

    private static boolean bypassed(String host, String noProxy) {
        return Arrays.stream(noProxy.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                .map(entry -> entry.toLowerCase(Locale.ROOT))
                .anyMatch(entry -> entry.equals("*") || host.equals(entry.replaceFirst("^\\.", ""))
                        || host.endsWith(entry.startsWith(".") ? entry : "." + entry));
    }
}
