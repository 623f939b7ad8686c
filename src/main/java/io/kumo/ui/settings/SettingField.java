package io.kumo.ui.settings;

import io.kumo.settings.SettingKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One setting as a text field edits it: the text typed, why that text cannot be saved (empty when it can, checked as
 * it is typed), and the value last loaded or saved, to know whether it changed.
 */
public final class SettingField<T> {

    private static final Set<String> PROXY_SCHEMES = Set.of("http", "https", "socks4", "socks5", "socks5h");

    private final SettingKey<T> key;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private T saved;

    private SettingField(SettingKey<T> key, Function<String, T> parser, Function<T, String> formatter) {
        this.key = key;
        this.parser = parser;
        this.formatter = formatter;
        this.saved = key.defaultValue();
        text.set(formatter.apply(saved));
        text.addListener((obs, old, now) -> check());
    }

    /** A whole number in the key's own range. */
    public static SettingField<Integer> integer(SettingKey<Integer> key) {
        long min = key.min();
        long max = key.max();
        return new SettingField<>(key, typed -> {
            String digits = typed.strip();
            String range = "Enter a whole number from " + min + " to " + max;
            if (!digits.matches("-?\\d{1,10}")) {
                throw new IllegalArgumentException(range);
            }
            long number = Long.parseLong(digits);
            if (number < min || number > max) {
                throw new IllegalArgumentException(range);
            }
            return (int) number;
        }, String::valueOf);
    }

    /** Empty, or a proxy URL such as {@code http://proxy.example.com:8080}. */
    public static SettingField<String> proxy(SettingKey<String> key) {
        return new SettingField<>(key, typed -> {
            String url = typed.strip();
            if (url.isEmpty()) {
                return url;
            }
            String hint = "Enter a URL such as http://proxy.example.com:8080, or leave it empty";
            try {
                URI uri = new URI(url);
                if (uri.getScheme() == null || !PROXY_SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                        || uri.getHost() == null) {
                    throw new IllegalArgumentException(hint);
                }
                return url;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(hint, e);
            }
        }, Function.identity());
    }

    /** Host names, domains or addresses separated by commas (spaces after them are dropped). */
    public static SettingField<String> hostList(SettingKey<String> key) {
        return new SettingField<>(key, typed -> {
            String[] hosts = typed.strip().split("\\s*,\\s*", -1);
            if (typed.isBlank()) {
                return "";
            }
            for (String host : hosts) {
                if (host.isEmpty() || host.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("Separate the hosts with commas, e.g. localhost,127.0.0.1,.internal.example.com");
                }
            }
            return Arrays.stream(hosts).collect(Collectors.joining(","));
        }, Function.identity());
    }

    /** The REST API's address: {@code HOST:PORT} or a bare {@code PORT}. */
    public static SettingField<String> address(SettingKey<String> key) {
        return new SettingField<>(key, text -> {
            try {
                io.kumo.api.ApiAddress.parse(text); // the server's own rule; kept as typed (a bare port stays a port)
                return text.strip();
            } catch (io.kumo.common.ValidationException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }, Function.identity());
    }

    /** A file path, or empty for none (spaces around it are dropped). */
    public static SettingField<String> path(SettingKey<String> key) {
        return new SettingField<>(key, String::strip, Function.identity());
    }

    private void check() {
        try {
            parser.apply(text.get() == null ? "" : text.get());
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** The typed value, or empty (with {@link #errorProperty()} saying why) when it cannot be saved. */
    public Optional<T> value() {
        try {
            return Optional.of(parser.apply(text.get() == null ? "" : text.get()));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** The stored value, shown as text; the field is unchanged again. */
    public void show(T value) {
        saved = value;
        text.set(formatter.apply(value));
        error.set("");
    }

    /** The value was stored: it is the new reference; the text shows it normalised unless typed over meanwhile. */
    void saved(T value) {
        boolean unchangedSince = value().map(value::equals).orElse(false);
        saved = value;
        if (unchangedSince) {
            text.set(formatter.apply(value));
        }
    }

    /** Edited since it was loaded or saved. */
    public boolean isDirty() {
        return !Objects.equals(text.get(), formatter.apply(saved));
    }

    public boolean changes(T value) {
        return !Objects.equals(value, saved);
    }

    public SettingKey<T> key() { return key; }
    public StringProperty textProperty() { return text; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
