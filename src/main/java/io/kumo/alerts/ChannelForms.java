package io.kumo.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The form a person fills in for each service, and the channel URL it stands for: the fields of a kind, the URL built
 * from filled-in fields, and the fields read back from a (possibly masked) URL for editing. A secret left as
 * {@link ChannelUrl#MASK} stays {@code ******} in the built URL, so that {@link ChannelUrl#merge} keeps the saved one.
 * Pure: the window's dialog and any other front end share it.
 */
public final class ChannelForms {

    /** How a field is typed in. */
    public enum FieldType {
        TEXT, SECRET, NUMBER, CHOICE, LINES
    }

    /**
     * @param key     the field's name in the value maps
     * @param choices for {@link FieldType#CHOICE}: the values offered ("" for "the default")
     * @param hint    a prompt or example shown in the empty field
     */
    public record Field(String key, String label, FieldType type, boolean required, List<String> choices, String hint) {

        public Field {
            choices = List.copyOf(choices);
        }

        static Field text(String key, String label, boolean required, String hint) {
            return new Field(key, label, FieldType.TEXT, required, List.of(), hint);
        }

        static Field secret(String key, String label, boolean required, String hint) {
            return new Field(key, label, FieldType.SECRET, required, List.of(), hint);
        }

        public boolean secret() {
            return type == FieldType.SECRET;
        }
    }

    static final String BASE = "base";
    static final String WEBHOOK = "webhook";
    private static final Field BASE_FIELD = Field.text(BASE, "Base URL", false, "Only for a self-hosted server, e.g. http://127.0.0.1:8089");
    private static final String ENCODED_MASK = RawUrl.encode(ChannelUrl.MASK, "");

    private ChannelForms() {
    }

    /** The fields of a kind's form, in the order they are shown. */
    public static List<Field> fields(ChannelKind kind) {
        return switch (kind) {
            case MAILTO, MAILTOS -> List.of(Field.text("host", "SMTP server", true, "smtp.example.com"),
                    new Field("port", "Port", FieldType.NUMBER, false, List.of(), kind == ChannelKind.MAILTOS ? "465" : "587"),
                    new Field("mode", "Security", FieldType.CHOICE, false, List.of("", "starttls", "ssl", "insecure"),
                            "STARTTLS when offered"),
                    Field.text("user", "User", false, "login name"), Field.secret("password", "Password", false, ""),
                    Field.text("from", "From", true, "kumo@example.com"),
                    Field.text("to", "To", true, "a@example.com, b@example.com"));
            case JSON, JSONS -> List.of(Field.text("url", "Endpoint", true, "https://hooks.example.com/kumo"),
                    Field.text("user", "User (basic auth)", false, ""), Field.secret("password", "Password", false, ""),
                    new Field("headers", "Headers", FieldType.LINES, false, List.of(), "One a line: Name: value"));
            case SLACK -> List.of(Field.text(WEBHOOK, "Webhook URL", false, "https://hooks.slack.com/services/T…/B…/…"),
                    Field.text("tokenA", "Token A (T…)", true, ""), Field.text("tokenB", "Token B (B…)", true, ""),
                    Field.secret("tokenC", "Token C", true, ""), Field.text("channel", "Channel", false, "#ops (optional)"),
                    BASE_FIELD);
            case MSTEAMS -> List.of(Field.text("url", "Workflows URL", true, "https://…logic.azure.com/workflows/…&sig=…"), BASE_FIELD);
            case DISCORD -> List.of(Field.text(WEBHOOK, "Webhook URL", false, "https://discord.com/api/webhooks/…/…"),
                    Field.text("id", "Webhook id", true, ""), Field.secret("token", "Webhook token", true, ""), BASE_FIELD);
            case TGRAM -> List.of(Field.secret("token", "Bot token", true, "123456789:AA…"),
                    Field.text("chats", "Chat ids", true, "-1001234567890, @channel"), BASE_FIELD);
            case DINGTALK -> List.of(Field.secret("token", "Access token", true, ""),
                    Field.secret("secret", "Signing secret", false, "SEC… (when signing is on)"),
                    Field.text("phones", "Mention phones", false, "13800000000, …"), BASE_FIELD);
            case WECOMBOT -> List.of(Field.secret("key", "Robot key", true, "the key=… of the webhook URL"), BASE_FIELD);
            case FEISHU -> List.of(Field.secret("token", "Hook token", true, "the id at the end of the hook URL"),
                    Field.secret("secret", "Signing secret", false, "when signature checking is on"), BASE_FIELD);
            case NTFY, NTFYS -> List.of(Field.text("host", "Server", false, "ntfy.example.com:8080 (empty: ntfy.sh)"),
                    Field.text("topic", "Topic", true, "kumo-alerts"), Field.secret("token", "Access token", false, "tk_…"),
                    Field.text("user", "User (basic auth)", false, ""), Field.secret("password", "Password", false, ""));
        };
    }

    /**
     * The URL the filled-in fields stand for (unknown keys ignored, blanks left out).
     *
     * @throws ChannelUrlException naming the first required field left empty or a pasted webhook URL Kumo cannot read
     */
    public static String toUrl(ChannelKind kind, Map<String, String> values) {
        Map<String, String> v = new LinkedHashMap<>();
        values.forEach((key, value) -> v.put(key, value == null ? "" : value.strip()));
        fromWebhook(kind, v.getOrDefault(WEBHOOK, "")).forEach(v::put);
        for (Field field : fields(kind)) {
            if (field.required() && v.getOrDefault(field.key(), "").isEmpty()) {
                throw new ChannelUrlException(field.label() + " is required");
            }
        }
        Function<String, String> get = key -> v.getOrDefault(key, "");
        List<RawUrl.Param> query = new ArrayList<>();
        List<String> path = new ArrayList<>();
        String scheme = kind.scheme();
        String user = null;
        String password = null;
        String host;
        switch (kind) {
            case MAILTO, MAILTOS -> {
                host = get.apply("host") + (get.apply("port").isEmpty() ? "" : ":" + get.apply("port"));
                user = RawUrl.blankToNull(get.apply("user"));
                password = user == null ? null : RawUrl.blankToNull(get.apply("password"));
                addParam(query, "mode", get.apply("mode"));
                addParam(query, "from", get.apply("from"));
                addParam(query, "to", list(get.apply("to")));
            }
            case JSON, JSONS -> {
                String url = get.apply("url");
                String lower = url.toLowerCase(Locale.ROOT);
                scheme = lower.startsWith("https://") ? "jsons" : lower.startsWith("http://") ? "json" : scheme;
                RawUrl endpoint = RawUrl.parse(url.contains("://") ? url : "x://" + url);
                host = endpoint.hostPart();
                path.addAll(endpoint.path());
                query.addAll(endpoint.query());
                user = RawUrl.blankToNull(get.apply("user"));
                password = user == null ? null : RawUrl.blankToNull(get.apply("password"));
                for (String line : get.apply("headers").split("\\R")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        query.add(new RawUrl.Param("+" + line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
                    } else if (!line.isBlank()) {
                        throw new ChannelUrlException("Write each header as Name: value");
                    }
                }
            }
            case SLACK -> {
                host = get.apply("tokenA");
                path.add(get.apply("tokenB"));
                path.add(get.apply("tokenC"));
                if (!get.apply("channel").isEmpty()) {
                    path.add(get.apply("channel"));
                }
            }
            case MSTEAMS -> {
                RawUrl workflow = RawUrl.parse(get.apply("url"));
                host = workflow.hostPart();
                path.addAll(workflow.path());
                query.addAll(workflow.query());
            }
            case DISCORD -> {
                host = get.apply("id");
                path.add(get.apply("token"));
            }
            case TGRAM -> {
                host = get.apply("token");
                path.addAll(list(get.apply("chats")).isEmpty() ? List.of() : List.of(list(get.apply("chats")).split(",")));
            }
            case DINGTALK -> {
                user = RawUrl.blankToNull(get.apply("secret"));
                host = get.apply("token");
                String phones = list(get.apply("phones"));
                path.addAll(phones.isEmpty() ? List.of() : List.of(phones.split(",")));
            }
            case WECOMBOT -> host = get.apply("key");
            case FEISHU -> {
                user = RawUrl.blankToNull(get.apply("secret"));
                host = get.apply("token");
            }
            case NTFY, NTFYS -> {
                if (get.apply("host").isEmpty()) {
                    host = get.apply("topic");
                } else {
                    host = get.apply("host");
                    path.add(get.apply("topic"));
                }
                addParam(query, "token", get.apply("token"));
                user = RawUrl.blankToNull(get.apply("user"));
                password = user == null ? null : RawUrl.blankToNull(get.apply("password"));
            }
            default -> throw new IllegalStateException(kind.name());
        }
        addParam(query, BASE, get.apply(BASE));
        String url = new RawUrl(scheme, user, password, host, path, query).toString();
        return url.replace(ENCODED_MASK, ChannelUrl.MASK);
    }

    /** The fields a URL fills in (a masked URL gives {@link ChannelUrl#MASK} for its secrets), keyed as {@link #fields}. */
    public static Map<String, String> fromUrl(String url) {
        RawUrl raw = RawUrl.parse(url);
        ChannelKind kind = kindOf(url);
        Map<String, String> v = new LinkedHashMap<>();
        List<String> path = raw.path();
        switch (kind) {
            case MAILTO, MAILTOS -> {
                v.put("host", raw.host());
                v.put("port", raw.port().map(String::valueOf).orElse(""));
                v.put("mode", raw.param("mode").orElse(""));
                v.put("user", nullToBlank(raw.user()));
                v.put("password", nullToBlank(raw.password()));
                v.put("from", raw.param("from").orElse(""));
                List<String> to = new ArrayList<>(path);
                raw.param("to").ifPresent(list -> to.addAll(List.of(list.split(","))));
                v.put("to", String.join(", ", to));
            }
            case JSON, JSONS -> {
                List<RawUrl.Param> kept = withoutBase(raw.query()).stream().filter(param -> !param.key().startsWith("+")).toList();
                v.put("url", new RawUrl(kind == ChannelKind.JSONS ? "https" : "http", null, null, raw.hostPart(), path, kept)
                        .toString().replace(ENCODED_MASK, ChannelUrl.MASK));
                v.put("user", nullToBlank(raw.user()));
                v.put("password", nullToBlank(raw.password()));
                v.put("headers", String.join("\n", raw.paramsStartingWith("+").stream()
                        .map(param -> param.key().substring(1) + ": " + param.value()).toList()));
            }
            case SLACK -> {
                v.put("tokenA", raw.hostPart());
                v.put("tokenB", at(path, 0));
                v.put("tokenC", at(path, 1));
                v.put("channel", at(path, 2));
            }
            case MSTEAMS -> v.put("url", new RawUrl("https", null, null, raw.hostPart(), path, withoutBase(raw.query())).toString()
                    .replace(ENCODED_MASK, ChannelUrl.MASK));
            case DISCORD -> {
                v.put("id", raw.hostPart());
                v.put("token", at(path, 0));
            }
            case TGRAM -> {
                v.put("token", raw.hostPart());
                v.put("chats", String.join(", ", path));
            }
            case DINGTALK -> {
                v.put("token", raw.hostPart());
                v.put("secret", nullToBlank(raw.user()));
                v.put("phones", String.join(", ", path));
            }
            case WECOMBOT -> v.put("key", raw.hostPart());
            case FEISHU -> {
                v.put("token", raw.hostPart());
                v.put("secret", nullToBlank(raw.user()));
            }
            case NTFY, NTFYS -> {
                v.put("host", path.isEmpty() ? "" : raw.hostPart());
                v.put("topic", path.isEmpty() ? raw.hostPart() : path.getFirst());
                boolean tokenUser = raw.password() == null && nullToBlank(raw.user()).startsWith("tk_");
                v.put("token", raw.param("token").orElse(tokenUser ? raw.user() : ""));
                v.put("user", tokenUser ? "" : nullToBlank(raw.user()));
                v.put("password", nullToBlank(raw.password()));
            }
            default -> throw new IllegalStateException(kind.name());
        }
        if (fields(kind).contains(BASE_FIELD)) {
            v.put(BASE, raw.param(BASE).orElse(""));
        }
        return v;
    }

    /** The kind a URL's scheme names. @throws ChannelUrlException for no URL or an unknown scheme */
    public static ChannelKind kindOf(String url) {
        RawUrl raw = RawUrl.parse(url);
        return ChannelKind.ofScheme(raw.scheme()).orElseThrow(() -> new ChannelUrlException("Unknown channel type '" + raw.scheme() + "://'"));
    }

    /**
     * The URL with every secret written {@code ******}: the values of the secret fields, and what the kind's parser
     * counts as secret (a Teams URL's signature) when it can read the URL. The live preview of a form.
     */
    public static String masked(ChannelKind kind, Map<String, String> values) {
        return maskedUrl(toUrl(kind, values));
    }

    /** A (typed or pasted) URL with its secrets written {@code ******}, as far as they can be told apart. */
    public static String maskedUrl(String url) {
        List<String> secrets = new ArrayList<>();
        Map<String, String> values = fromUrl(url);
        fields(kindOf(url)).stream().filter(Field::secret).map(field -> values.getOrDefault(field.key(), "").strip())
                .filter(value -> !value.isEmpty() && !value.equals(ChannelUrl.MASK)).forEach(secrets::add);
        if (!url.contains(ChannelUrl.MASK)) {
            try {
                return ChannelUrl.parse(url).masked();
            } catch (RuntimeException unreadable) {
                // not readable yet: the form's own secret fields are masked all the same
            }
        }
        return ChannelUrl.mask(url, secrets);
    }

    /** The parts of a vendor's own webhook URL pasted into the form, as the form's field keys; empty for none. */
    private static Map<String, String> fromWebhook(ChannelKind kind, String webhook) {
        if (webhook.isEmpty()) {
            return Map.of();
        }
        RawUrl raw = RawUrl.parse(webhook);
        List<String> path = raw.path();
        Map<String, String> v = new LinkedHashMap<>();
        switch (kind) {
            case SLACK -> {
                int at = path.indexOf("services");
                requirePath(at >= 0 && path.size() >= at + 4, "a Slack webhook URL ends in /services/T…/B…/…");
                v.put("tokenA", path.get(at + 1));
                v.put("tokenB", path.get(at + 2));
                v.put("tokenC", path.get(at + 3));
            }
            case DISCORD -> {
                int at = path.indexOf("webhooks");
                requirePath(at >= 0 && path.size() >= at + 3, "a Discord webhook URL ends in /webhooks/ID/TOKEN");
                v.put("id", path.get(at + 1));
                v.put("token", path.get(at + 2));
            }
            default -> {
                return Map.of();
            }
        }
        return v;
    }

    private static List<RawUrl.Param> withoutBase(List<RawUrl.Param> query) {
        return query.stream().filter(param -> !param.key().equalsIgnoreCase(BASE)).toList();
    }

    private static void requirePath(boolean ok, String what) {
        if (!ok) {
            throw new ChannelUrlException("Cannot read the webhook URL: " + what);
        }
    }

    private static void addParam(List<RawUrl.Param> query, String key, String value) {
        if (!value.isEmpty()) {
            query.add(new RawUrl.Param(key, value));
        }
    }

    /** "a, b ,c" → "a,b,c". */
    private static String list(String text) {
        return String.join(",", java.util.Arrays.stream(text.split("[,\\s]+")).filter(part -> !part.isEmpty()).toList());
    }

    private static String at(List<String> path, int index) {
        return index < path.size() ? path.get(index) : "";
    }

    private static String nullToBlank(String text) {
        return text == null ? "" : text;
    }
}
