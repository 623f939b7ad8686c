package io.kumo.python;

import com.j256.ormlite.dao.Dao;
import io.kumo.common.ValidationException;
import io.kumo.domain.PypiMirror;
import io.kumo.service.AuditedRepository;
import io.kumo.storage.StoreException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ordered list of package indexes. The first enabled mirror becomes pip's {@code --index-url}, the others
 * {@code --extra-index-url}; trusted ones add {@code --trusted-host}. Runs get the same as {@code PIP_INDEX_URL},
 * {@code PIP_EXTRA_INDEX_URL} and {@code PIP_TRUSTED_HOST}. With no enabled mirror pip keeps its own configuration.
 */
public final class MirrorService {

    private final AuditedRepository<PypiMirror> repository;
    private final Dao<PypiMirror, Long> dao;
    /** pip's index arguments, derived once per change: runs ask for them at every start. */
    private volatile List<String> cachedArguments;

    public MirrorService(AuditedRepository<PypiMirror> repository, Dao<PypiMirror, Long> dao) {
        this.repository = repository;
        this.dao = dao;
        repository.addListener((mirror, deleted) -> cachedArguments = null);
    }

    /** All mirrors in their order, freshly read (the caller may change them). */
    public List<PypiMirror> list() {
        return StoreException.unchecked(() -> dao.queryBuilder().orderBy("position", true).orderBy("id", true).query());
    }

    /** Whether pip should take its indexes from Kumo alone (at least one mirror is enabled). */
    public boolean hasEnabledMirror() {
        return !pipArguments().isEmpty();
    }

    /**
     * Adds a mirror at {@code position} (1 = first), or last when null.
     *
     * @throws ValidationException for a URL that is not http(s) with a host, or one already listed
     */
    public synchronized PypiMirror add(String url, Integer position, boolean trusted) {
        String checked = validate(url);
        if (repository.findByName(checked).isPresent()) {
            throw new ValidationException("mirror " + checked + " is already listed");
        }
        List<PypiMirror> ordered = new ArrayList<>(list());
        int index = position == null ? ordered.size() : position - 1;
        if (index < 0 || index > ordered.size()) {
            throw new ValidationException("mirror priority: " + position + " is outside 1-" + (ordered.size() + 1));
        }
        PypiMirror mirror = new PypiMirror(checked, index);
        mirror.setTrusted(trusted);
        ordered.add(index, mirror);
        renumber(ordered, mirror);
        return repository.create(mirror);
    }

    public synchronized void remove(String url) {
        PypiMirror mirror = find(url);
        repository.delete(mirror.getId());
        List<PypiMirror> rest = new ArrayList<>(list());
        renumber(rest, null);
    }

    /** Moves a mirror up (negative) or down (positive) in the order. */
    public synchronized void move(String url, int offset) {
        List<PypiMirror> ordered = new ArrayList<>(list());
        PypiMirror mirror = find(url);
        int from = indexOf(ordered, mirror);
        int to = Math.clamp(from + (long) offset, 0, ordered.size() - 1);
        ordered.add(to, ordered.remove(from));
        renumber(ordered, null);
    }

    public synchronized void setEnabled(String url, boolean enabled) {
        PypiMirror mirror = find(url);
        mirror.setEnabled(enabled);
        repository.update(mirror);
    }

    public synchronized void setTrusted(String url, boolean trusted) {
        PypiMirror mirror = find(url);
        mirror.setTrusted(trusted);
        repository.update(mirror);
    }

    public PypiMirror find(String url) {
        return repository.findByName(url == null ? "" : url.strip())
                .orElseThrow(() -> new ValidationException("no mirror " + url));
    }

    /** pip's index arguments for the enabled mirrors, in order. */
    public List<String> pipArguments() {
        List<String> arguments = cachedArguments;
        if (arguments == null) {
            arguments = List.copyOf(pipArguments(list()));
            cachedArguments = arguments;
        }
        return arguments;
    }

    static List<String> pipArguments(List<PypiMirror> mirrors) {
        List<String> arguments = new ArrayList<>();
        List<PypiMirror> enabled = mirrors.stream().filter(PypiMirror::isEnabled).toList();
        for (int i = 0; i < enabled.size(); i++) {
            arguments.add(i == 0 ? "--index-url" : "--extra-index-url");
            arguments.add(enabled.get(i).getUrl());
        }
        enabled.stream().filter(PypiMirror::isTrusted).map(mirror -> hostOf(mirror.getUrl())).distinct()
                .forEach(host -> {
                    arguments.add("--trusted-host");
                    arguments.add(host);
                });
        return arguments;
    }

    /** The same as environment variables, for runs (a task's own pip install sees the mirrors too). */
    public Map<String, String> taskEnvironment() {
        List<String> arguments = pipArguments();
        Map<String, String> env = new LinkedHashMap<>();
        List<String> extra = new ArrayList<>();
        List<String> trusted = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i += 2) {
            switch (arguments.get(i)) {
                case "--index-url" -> env.put("PIP_INDEX_URL", arguments.get(i + 1));
                case "--extra-index-url" -> extra.add(arguments.get(i + 1));
                default -> trusted.add(arguments.get(i + 1));
            }
        }
        if (!extra.isEmpty()) {
            env.put("PIP_EXTRA_INDEX_URL", String.join(" ", extra));
        }
        if (!trusted.isEmpty()) {
            env.put("PIP_TRUSTED_HOST", String.join(" ", trusted));
        }
        return env;
    }

    static String validate(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException("mirror URL: must not be empty");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ValidationException("mirror URL: " + trimmed + " must start with http:// or https://");
            }
            if (uri.getHost() == null) {
                throw new ValidationException("mirror URL: " + trimmed + " has no host");
            }
        } catch (URISyntaxException e) {
            throw new ValidationException("mirror URL: " + trimmed + " is not a valid URL (" + e.getReason() + ")");
        }
        return trimmed;
    }

    private static String hostOf(String url) {
        URI uri = URI.create(url);
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /** Stores positions 0..n-1 for the given order; {@code fresh} is not stored yet and only gets its number. */
    private void renumber(List<PypiMirror> ordered, PypiMirror fresh) {
        for (int i = 0; i < ordered.size(); i++) {
            PypiMirror mirror = ordered.get(i);
            if (mirror.getPosition() != i || mirror == fresh) {
                mirror.setPosition(i);
                if (mirror != fresh) {
                    repository.update(mirror);
                }
            }
        }
        cachedArguments = null;
    }

    private static int indexOf(List<PypiMirror> ordered, PypiMirror mirror) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId().equals(mirror.getId())) {
                return i;
            }
        }
        throw new IllegalStateException("mirror not in its own list");
    }
}
