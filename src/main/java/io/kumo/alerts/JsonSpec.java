package io.kumo.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * json:// (http) and jsons:// (https) understood, Apprise's grammar:
 * {@code json://[user[:password]@]host[:port][/path…][?method=POST&+Header=value&-param=value&:field=name]}. The URL is
 * the endpoint itself (self-hosted by definition). {@code +Header} adds a request header, {@code -param} a query
 * parameter of the request, {@code :field=name} renames a payload field ({@code :field=} removes it, an unknown field is
 * added with that value). A user sends HTTP Basic authentication.
 * <p>
 * Secrets: the password, and the value of every {@code +} header and {@code -} parameter whose name contains one of
 * {@link #SECRET_WORDS} (case ignored: Authorization, X-Api-Key, X-Auth-Token, X-Hub-Signature, access_token, code…),
 * and also the credential alone after a {@code Bearer}, {@code Basic}, {@code Token} or {@code Bot} word. Path segments
 * are not secrets: a webhook whose token is in its path ({@code json://host/hook/TOKEN}) shows it in listings; put such
 * a token in a {@code -token=} parameter or a header to have it masked.
 * <p>
 * Headers the HTTP client sets itself ({@code Host}, {@code Content-Length}, {@code Connection}, {@code Expect},
 * {@code Upgrade}) and names or values with line breaks are refused when the URL is read.
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
    /** Words that make a header's or parameter's value a secret when its name contains one (case ignored). */
    public static final List<String> SECRET_WORDS = List.of("auth", "token", "key", "secret", "sig", "sign", "signature", "pass",
            "password", "pwd", "cookie", "code", "apikey", "api_key", "access_token", "credential", "session");
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

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
        url.checkServer();
        String method = url.given("method").map(value -> value.toUpperCase(Locale.ROOT)).orElse("POST");
        if (!METHODS.contains(method)) {
            throw new ChannelUrlException(scheme + ": unknown method; use POST, PUT, PATCH, GET or DELETE");
        }
        List<RawUrl.Param> headers = stripped(url, "+");
        headers.forEach(header -> checkHeader(scheme, header));
        return new JsonSpec(url.scheme().equals(ChannelKind.JSONS.scheme()), url.login(), url.loginPassword(), url.hostPart(),
                url.path(), method, headers, stripped(url, "-"), stripped(url, ":"));
    }

    @Override
    public ChannelKind kind() {
        return secure ? ChannelKind.JSONS : ChannelKind.JSON;
    }

    @Override
    public RawUrl url(boolean maskSecrets) {
        List<RawUrl.Param> query = new ArrayList<>();
        if (!method.equals("POST")) {
            query.add(new RawUrl.Param("method", method));
        }
        headers.forEach(header -> query.add(prefixed("+", header, maskSecrets)));
        params.forEach(param -> query.add(prefixed("-", param, maskSecrets)));
        fields.forEach(field -> query.add(new RawUrl.Param(":" + field.key(), field.value())));
        return new RawUrl(kind().scheme(), user, ChannelSpec.secret(user == null ? null : password, maskSecrets), hostPart, path, query);
    }

    @Override
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        if (user != null && password != null && !password.isEmpty()) {
            secrets.add(password);
        }
        java.util.stream.Stream.concat(headers.stream(), params.stream())
                .filter(param -> isSecretName(param.key()) && !param.value().isBlank()).map(RawUrl.Param::value).forEach(value -> {
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

    /** Whether a header's or {@code -} parameter's value is a secret, by its name. */
    public static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    @Override
    public String toString() {
        return ChannelSpec.describe(this);
    }

    private static RawUrl.Param prefixed(String prefix, RawUrl.Param param, boolean maskSecrets) {
        String value = isSecretName(param.key()) && !param.value().isBlank() ? ChannelSpec.secret(param.value(), maskSecrets) : param.value();
        return new RawUrl.Param(prefix + param.key(), value);
    }

    /** Refuses what the HTTP client would refuse at send time, naming no value. */
    private static void checkHeader(String scheme, RawUrl.Param header) {
        if (!HEADER_NAME.matcher(header.key()).matches()) {
            throw new ChannelUrlException(scheme + ": a +header name has characters header names cannot have");
        }
        if (RESTRICTED.contains(header.key().toLowerCase(Locale.ROOT))) {
            throw new ChannelUrlException(scheme + ": +" + header.key() + " cannot be set: the HTTP client writes it itself");
        }
        if (header.value().chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            throw new ChannelUrlException(scheme + ": the value of +" + header.key() + " has a line break or control character");
        }
    }

    private static List<RawUrl.Param> stripped(RawUrl url, String prefix) {
        return url.paramsStartingWith(prefix).stream().filter(param -> param.key().length() > 1)
                .map(param -> new RawUrl.Param(param.key().substring(1), param.value())).toList();
    }
}
