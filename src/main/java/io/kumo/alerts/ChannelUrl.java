package io.kumo.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads channel URLs into specs, masks their secrets, and keeps a secret the user did not retype when editing. */
public final class ChannelUrl {

    public static final String MASK = "******";

    private ChannelUrl() {
    }

    /** @throws ChannelUrlException with one line naming what is wrong */
    public static ChannelSpec parse(String url) {
        RawUrl raw = RawUrl.parse(url);
        ChannelKind kind = ChannelKind.ofScheme(raw.scheme()).orElseThrow(() -> new ChannelUrlException("Unknown channel type '"
                + raw.scheme() + "://'; use one of " + java.util.Arrays.stream(ChannelKind.values()).map(k -> k.scheme() + "://")
                .collect(Collectors.joining(", "))));
        if (url.contains(MASK)) {
            throw new ChannelUrlException("The URL still has " + MASK + " where a secret belongs; type the secret itself");
        }
        return switch (kind) {
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
    }

    /** The URL with each secret (as written: plain or percent-encoded) replaced by {@link #MASK}. */
    public static String mask(String url, List<String> secrets) {
        String masked = url;
        for (String form : forms(secrets)) {
            masked = masked.replace(form, MASK);
        }
        return masked;
    }

    /**
     * What an edit means: an edited URL that still shows {@link #MASK} where the previous URL had secrets takes those
     * secrets back, in their order; a URL without a mask is taken as typed.
     *
     * @throws ChannelUrlException when the masks no longer line up with the previous secrets
     */
    public static String merge(String editedUrl, String previousUrl) {
        if (!editedUrl.contains(MASK)) {
            return editedUrl;
        }
        ChannelSpec previous = parse(previousUrl);
        String canonical = previous.toUrl();
        List<int[]> spans = new ArrayList<>();
        for (String form : forms(previous.secrets())) {
            for (int at = canonical.indexOf(form); at >= 0; at = canonical.indexOf(form, at + 1)) {
                int start = at;
                if (spans.stream().noneMatch(span -> start < span[1] && span[0] < start + form.length())) {
                    spans.add(new int[] {start, start + form.length()});
                }
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        List<String> parts = List.of(editedUrl.split(java.util.regex.Pattern.quote(MASK), -1));
        if (parts.size() - 1 != spans.size()) {
            throw new ChannelUrlException("The URL has " + (parts.size() - 1) + " hidden secret(s) where the saved one had "
                    + spans.size() + "; type the secrets again");
        }
        StringBuilder merged = new StringBuilder(parts.getFirst());
        for (int i = 0; i < spans.size(); i++) {
            merged.append(canonical, spans.get(i)[0], spans.get(i)[1]).append(parts.get(i + 1));
        }
        return merged.toString();
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
