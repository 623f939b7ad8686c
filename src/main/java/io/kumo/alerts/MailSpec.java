package io.kumo.alerts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * mailto:// and mailtos:// understood (Apprise's grammar):
 * {@code mailto://[user[:password]@]host[:port][/to1/to2]?to=a@x,b@y&cc=&bcc=&from=&name=&mode=}.
 * Recipients come from the path and {@code to=}; with none, the mail goes to the sender. The sender is {@code from=},
 * else the user when it is an address, else {@code user@host}. The only secret is the password.
 *
 * @param security how the connection is protected ({@code mailtos://} is {@link Security#TLS})
 * @param user     the SMTP login, or null for no authentication
 * @param password the SMTP password, or null
 * @param port     the port given, or the security's default
 * @param name     the sender's display name, or null
 */
public record MailSpec(Security security, String user, String password, String host, int port, List<String> to, List<String> cc,
                       List<String> bcc, String from, String name) implements ChannelSpec {

    /** How the SMTP connection is protected. */
    public enum Security {
        /** Plain SMTP that upgrades with STARTTLS when the server offers it ({@code mailto://}, the default). */
        OPPORTUNISTIC(null, 25),
        /** STARTTLS or no mail ({@code ?mode=starttls}). */
        STARTTLS("starttls", 587),
        /** Never upgrades: local relays only ({@code ?mode=insecure}). */
        INSECURE("insecure", 25),
        /** Implicit TLS, SMTPS ({@code mailtos://}, or {@code ?mode=ssl}). */
        TLS("ssl", 465);

        private final String mode;
        private final int defaultPort;

        Security(String mode, int defaultPort) {
            this.mode = mode;
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }
    }

    public MailSpec {
        Objects.requireNonNull(security);
        Objects.requireNonNull(host);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        Objects.requireNonNull(from);
    }

    /** @throws ChannelUrlException with one line naming what is wrong */
    public static MailSpec parse(RawUrl url) {
        String scheme = url.scheme() + "://";
        String host = url.host();
        if (host.isBlank()) {
            throw new ChannelUrlException(scheme + " needs the mail server, as in " + scheme + "user:password@smtp.example.com:587?to=you@example.com");
        }
        url.checkServer();
        Security security = security(url);
        String user = url.login();
        String password = url.loginPassword();
        String from = url.given("from").orElseGet(() -> user == null ? "kumo@" + host : user.contains("@") ? user : user + "@" + host);
        check(scheme, "from", List.of(from));
        List<String> to = new ArrayList<>(url.path());
        url.param("to").ifPresent(value -> to.addAll(split(value)));
        check(scheme, "to", to);
        if (to.isEmpty()) {
            to.add(from);
        }
        return new MailSpec(security, user, password, host, url.port().orElse(security.defaultPort()), to, addresses(scheme, url, "cc"),
                addresses(scheme, url, "bcc"), from, url.given("name").orElse(null));
    }

    @Override
    public ChannelKind kind() {
        return security == Security.TLS ? ChannelKind.MAILTOS : ChannelKind.MAILTO;
    }

    @Override
    public RawUrl url(boolean maskSecrets) {
        List<RawUrl.Param> query = new ArrayList<>();
        query.add(new RawUrl.Param("to", String.join(",", to)));
        if (!cc.isEmpty()) {
            query.add(new RawUrl.Param("cc", String.join(",", cc)));
        }
        if (!bcc.isEmpty()) {
            query.add(new RawUrl.Param("bcc", String.join(",", bcc)));
        }
        query.add(new RawUrl.Param("from", from));
        if (name != null) {
            query.add(new RawUrl.Param("name", name));
        }
        if (security == Security.STARTTLS || security == Security.INSECURE) {
            query.add(new RawUrl.Param("mode", security.mode));
        }
        return new RawUrl(kind().scheme(), user, ChannelSpec.secret(password, maskSecrets), host + ":" + port, List.of(), query);
    }

    @Override
    public List<String> secrets() {
        return password == null || password.isEmpty() ? List.of() : List.of(password);
    }

    private static Security security(RawUrl url) {
        Optional<String> mode = url.param("mode").map(value -> value.strip().toLowerCase(Locale.ROOT)).filter(value -> !value.isEmpty());
        if (url.scheme().equals(ChannelKind.MAILTOS.scheme())) {
            if (mode.isPresent() && !mode.get().equals(Security.TLS.mode)) {
                throw new ChannelUrlException("mailtos:// is SMTP over TLS; for STARTTLS write mailto://…?mode=starttls");
            }
            return Security.TLS;
        }
        if (mode.isEmpty()) {
            return Security.OPPORTUNISTIC;
        }
        for (Security security : Security.values()) {
            if (mode.get().equals(security.mode)) {
                return security;
            }
        }
        throw new ChannelUrlException("mailto://: unknown mode; use starttls, insecure or ssl");
    }

    private static List<String> addresses(String scheme, RawUrl url, String key) {
        List<String> addresses = url.param(key).map(MailSpec::split).orElse(List.of());
        check(scheme, key, addresses);
        return addresses;
    }

    /** "a@x, b@y" or "a@x b@y" → the addresses; "Name <a@x>" stays one. */
    private static List<String> split(String list) {
        List<String> addresses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inAngle = false;
        for (char c : list.toCharArray()) {
            if (c == '<' || c == '>') {
                inAngle = c == '<';
            }
            if ((c == ',' || c == ';') && !inAngle) {
                addIfPresent(addresses, current);
            } else {
                current.append(c);
            }
        }
        addIfPresent(addresses, current);
        return addresses;
    }

    private static void addIfPresent(List<String> addresses, StringBuilder current) {
        String address = current.toString().strip();
        if (!address.isEmpty()) {
            addresses.add(address);
        }
        current.setLength(0);
    }

    /** Refuses a list holding no address; the message counts, it does not quote (a split password may stand there). */
    private static void check(String scheme, String key, List<String> addresses) {
        for (int i = 0; i < addresses.size(); i++) {
            boolean valid = addresses.get(i).contains("@");
            try {
                new InternetAddress(addresses.get(i), true).validate();
            } catch (AddressException e) {
                valid = false;
            }
            if (!valid) {
                throw new ChannelUrlException(scheme + ": " + key + " address " + (i + 1) + " of " + addresses.size()
                        + " is no email address, as in ops@example.com");
            }
        }
    }

    @Override
    public String toString() {
        return ChannelSpec.describe(this);
    }
}
