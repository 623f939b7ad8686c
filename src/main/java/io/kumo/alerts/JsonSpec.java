package io.kumo.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * json:// (http) and jsons:// (https) understood, Apprise's grammar:
 * {@code json://[user[:password]@]host[:port][/path…][?method=POST&+Header=value&-param=value&:field=name]}. The URL is
 * the endpoint itself (self-hosted by definition). {@code +Header} adds a request header, {@code -param} a query
 * parameter of the request, {@code :field=name} renames a payload field ({@code :field=} removes it, an unknown field is
 * added with that value). A user sends HTTP Basic authentication.
 * <p>
 * Secrets: the password, and the value of every {@code +} header whose name contains {@code auth}, {@code token},
 * {@code key}, {@code secret}, {@code signature}, {@code password} or {@code cookie} (case ignored: Authorization,
 * X-Api-Key, X-Auth-Token, X-Hub-Signature…), and also the credential alone after a {@code Bearer}, {@code Basic},
 * {@code Token} or {@code Bot} word.
 *
 * @param hostPart host and port as written ("hooks.example.com:8443")
 * @param path     the path's decoded segments, kept in their order
 * @param headers  the {@code +} headers, names without the plus
 * @param params   the {@code -} query parameters, names without the minus
 * @param fields   the {@code :} payload rewrites, names without the colon
 */
public record JsonSpec(boolean secure, String user, String password, String hostPart, List<String> path, String method,
                       List<RawUrl.Param> headers, List<RawUrl.Param> params, List<RawUrl.Param> fields) implements ChannelSpec {

    private static final Set<String> METHODS = Set.of("POST", "GET", "DELETE", "PUT", "HEAD", "PATCH", "UPDATE", "OPTIONS");
    private static final List<String> SECRET_HEADER_WORDS = List.of("auth", "token", "key", "secret", "signature", "password", "cookie");

    public JsonSpec {
        Objects.requireNonNull(hostPart);
        Objects.requireNonNull(method);
        path = List.copyOf(path);
        headers = List.copyOf(headers);
        params = List.copyOf(params);
        fields = List.copyOf(fields);
    }

    /** @throws ChannelUrlException with one line naming what is wrong */
    public static JsonSpec parse(RawUrl url) {
        String scheme = url.scheme() + "://";
        if (url.host().isBlank()) {
            throw new ChannelUrlException(scheme + " needs the webhook's host, as in " + scheme + "hooks.example.com:8080/kumo");
        }
        if (url.hostPart().contains(":") && url.port().isEmpty() && !url.hostPart().startsWith("[")) {
            throw new ChannelUrlException(scheme + ": the port after the host must be a number");
        }
        String method = url.param("method").map(value -> value.strip().toUpperCase(Locale.ROOT)).filter(value -> !value.isEmpty()).orElse("POST");
        if (!METHODS.contains(method)) {
            throw new ChannelUrlException(scheme + ": unknown method '" + method + "'; use POST, PUT, PATCH, GET or DELETE");
        }
        return new JsonSpec(url.scheme().equals(ChannelKind.JSONS.scheme()), blankToNull(url.user()), url.password(), url.hostPart(),
                url.path(), method, stripped(url, "+"), stripped(url, "-"), stripped(url, ":"));
    }

    @Override
    public ChannelKind kind() {
        return secure ? ChannelKind.JSONS : ChannelKind.JSON;
    }

    @Override
    public String toUrl() {
        List<RawUrl.Param> query = new ArrayList<>();
        if (!method.equals("POST")) {
            query.add(new RawUrl.Param("method", method));
        }
        headers.forEach(header -> query.add(new RawUrl.Param("+" + header.key(), header.value())));
        params.forEach(param -> query.add(new RawUrl.Param("-" + param.key(), param.value())));
        fields.forEach(field -> query.add(new RawUrl.Param(":" + field.key(), field.value())));
        return new RawUrl(kind().scheme(), user, user == null ? null : password, hostPart, path, query).toString();
    }

    @Override
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        if (user != null && password != null && !password.isEmpty()) {
            secrets.add(password);
        }
        headers.stream().filter(header -> isSecretHeader(header.key()) && !header.value().isBlank()).map(RawUrl.Param::value).forEach(value -> {
            secrets.add(value);
            String credential = value.strip().replaceFirst("^(?i)(Bearer|Basic|Token|Bot)\\s+", "");
            if (!credential.equals(value.strip())) {
                secrets.add(credential);
            }
        });
        return List.copyOf(secrets);
    }

    /** {@code http://host:port} or {@code https://…}: where the path goes. */
    public String origin() {
        return (secure ? "https" : "http") + "://" + hostPart;
    }

    public static boolean isSecretHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_HEADER_WORDS.stream().anyMatch(lower::contains);
    }

    /** The URL masked: a record's own text would show the secrets. */
    @Override
    public String toString() {
        return "JsonSpec[" + masked() + "]";
    }

    private static List<RawUrl.Param> stripped(RawUrl url, String prefix) {
        return url.paramsStartingWith(prefix).stream().filter(param -> param.key().length() > 1)
                .map(param -> new RawUrl.Param(param.key().substring(1), param.value())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
