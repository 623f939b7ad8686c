package io.kumo.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads channel URLs into specs, masks secrets in error text, and keeps a secret the user did not retype when editing. */
public final class ChannelUrl {

    public static final String MASK = "******";

    /** The longest URL a channel takes (its sealed form must fit url_sealed, its masked one url_masked). */
    public static final int MAX_LENGTH = 2000;

    private static final String RETYPE = "type the secrets again";

    private ChannelUrl() {
    }

    /** @throws ChannelUrlException with one line naming what is wrong */
    public static ChannelSpec parse(String url) {
        if (url != null && url.length() > MAX_LENGTH) {
            throw new ChannelUrlException("A channel URL has at most " + MAX_LENGTH + " characters");
        }
        RawUrl raw = RawUrl.parse(url);
        ChannelKind kind = ChannelKind.ofScheme(raw.scheme()).orElseThrow(() -> new ChannelUrlException("Unknown channel type '"
                + raw.scheme() + "://'; use one of " + Arrays.stream(ChannelKind.values()).map(k -> k.scheme() + "://")
                .collect(Collectors.joining(", "))));
        if (url.contains(MASK) || raw.mentions(MASK)) {
            throw new ChannelUrlException("The URL still has " + MASK + " where a secret belongs; type the secret itself");
        }
        ChannelSpec spec = switch (kind) {
            case MAILTO, MAILTOS -> MailSpec.parse(raw);
            case JSON, JSONS -> JsonSpec.parse(raw);
            case NTFY, NTFYS -> NtfySpec.parse(raw);
            case SLACK -> SlackSpec.parse(raw);
            case MSTEAMS -> TeamsSpec.parse(raw);
            case DISCORD -> DiscordSpec.parse(raw);
            case TGRAM -> TelegramSpec.parse(raw);
            case DINGTALK -> DingTalkSpec.parse(raw);
            case WECOMBOT -> WeComSpec.parse(raw);
            case FEISHU -> FeishuSpec.parse(raw);
        };
        if (spec.toUrl().length() > MAX_LENGTH) {
            throw new ChannelUrlException("A channel URL has at most " + MAX_LENGTH + " characters (percent-encoded)");
        }
        return spec;
    }

    /**
     * Error <em>text</em> with each secret (as written: plain or percent-encoded) replaced by {@link #MASK}. Not for
     * URLs: a spec masks its own URL part by part ({@link ChannelSpec#masked()}).
     */
    public static String mask(String text, List<String> secrets) {
        String masked = text;
        for (String form : forms(secrets)) {
            masked = masked.replace(form, MASK);
        }
        return masked;
    }

    /**
     * What an edit means: a part of the edited URL that is {@link #MASK} takes the saved secret of the <em>same</em>
     * part (the password, the user, the host part, the path segment at the same index, the query value of the same
     * key), when the saved URL hid a secret there; a URL without a mask is taken as typed. Secrets are restored only
     * while the scheme, the host and {@code base=} are the saved ones, and only where the new URL keeps them secret.
     *
     * @throws ChannelUrlException with one line (no saved secret in it) when a mask stands anywhere else, the address
     *                             changed, or the merged URL is unreadable
     */
    public static String merge(String editedUrl, String previousUrl) {
        if (!editedUrl.contains(MASK)) {
            return editedUrl;
        }
        ChannelSpec previous = parse(previousUrl);
        try {
            return restore(RawUrl.parse(editedUrl), previous);
        } catch (ChannelUrlException e) {
            throw new ChannelUrlException(mask(e.getMessage(), previous.secrets()));
        }
    }

    private static String restore(RawUrl edited, ChannelSpec previous) {
        RawUrl clear = previous.url(false);
        RawUrl hidden = previous.url(true);
        if (!edited.scheme().equals(hidden.scheme()) || !edited.host().equalsIgnoreCase(hidden.host())
                || !Objects.equals(base(edited), base(hidden))) {
            throw new ChannelUrlException(RETYPE + ": the address changed (service, host or base=)");
        }
        List<String> restored = new ArrayList<>();
        String user = take(edited.user(), hidden.user(), clear.user(), restored);
        String password = take(edited.password(), hidden.password(), clear.password(), restored);
        String hostPart = take(edited.hostPart(), hidden.hostPart(), clear.hostPart(), restored);
        List<String> path = new ArrayList<>();
        for (int i = 0; i < edited.path().size(); i++) {
            boolean saved = i < hidden.path().size();
            path.add(take(edited.path().get(i), saved ? hidden.path().get(i) : null, saved ? clear.path().get(i) : null, restored));
        }
        List<RawUrl.Param> query = new ArrayList<>();
        for (int i = 0; i < edited.query().size(); i++) {
            RawUrl.Param param = edited.query().get(i);
            int occurrence = (int) edited.query().subList(0, i).stream().filter(p -> p.key().equals(param.key())).count();
            query.add(new RawUrl.Param(param.key(), take(param.value(), value(hidden, param.key(), occurrence),
                    value(clear, param.key(), occurrence), restored)));
        }
        String merged = new RawUrl(edited.scheme(), user, password, hostPart, path, query).toString();
        if (merged.contains(MASK)) {
            throw new ChannelUrlException("The URL has " + MASK + " where the saved one had no secret; " + RETYPE);
        }
        List<String> secrets = parse(merged).secrets();
        if (!secrets.containsAll(restored)) {
            throw new ChannelUrlException("A hidden secret would no longer be secret where it now stands; " + RETYPE);
        }
        return merged;
    }

    /** The edited part, or the saved clear one when both the edit and the saved masked URL have the mask there. */
    private static String take(String edited, String hidden, String clear, List<String> restored) {
        if (edited == null || !edited.contains(MASK)) {
            return edited;
        }
        if (!edited.equals(MASK) || !MASK.equals(hidden)) {
            throw new ChannelUrlException("The URL has " + MASK + " where the saved one had no secret; " + RETYPE);
        }
        restored.add(clear);
        return clear;
    }

    private static String value(RawUrl url, String key, int occurrence) {
        return url.query().stream().filter(param -> param.key().equals(key)).skip(occurrence).findFirst().map(RawUrl.Param::value)
                .orElse(null);
    }

    private static String base(RawUrl url) {
        return url.given("base").map(base -> base.replaceAll("/+$", "").toLowerCase(Locale.ROOT)).orElse(null);
    }

    /** Each secret as it can appear in a URL, longest first so that a longer form is replaced before its parts. */
    private static List<String> forms(List<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            forms.add(secret);
            for (String safe : List.of("", ":[]", "#@:,", "@:,/+", "+-:")) {
                forms.add(RawUrl.encode(secret, safe));
            }
        }
        return forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
