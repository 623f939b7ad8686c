package io.kumo.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code dingtalk://[SECRET@]ACCESS_TOKEN[/PHONE…][?secret=…&to=PHONE,…&base=…]} understood (Apprise's notation): a
 * DingTalk group robot, signed when the robot's "加签" secret ({@code SEC…}) is given, telling the given mobiles.
 *
 * @param token  the robot's {@code access_token}
 * @param secret the signing secret, or null when the robot is not signed
 * @param phones mobile numbers to @mention (digits only)
 * @param base   the server in place of {@link #VENDOR} ({@code ?base=}), or null
 */
public record DingTalkSpec(String token, String secret, List<String> phones, String base) implements ChannelSpec {

    public static final String VENDOR = "https://oapi.dingtalk.com";

    private static final String EXAMPLE = "dingtalk://SECRET@ACCESS_TOKEN/13800000000";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern PHONE = Pattern.compile("\\d{11,14}");

    public DingTalkSpec {
        Objects.requireNonNull(token, "token");
        phones = List.copyOf(phones);
    }

    /** @throws ChannelUrlException with one line naming what is wrong */
    public static DingTalkSpec parse(RawUrl url) {
        String token = RobotUrlParts.token(url, "token", TOKEN, EXAMPLE);
        String secret = RobotUrlParts.secret(url, TOKEN, EXAMPLE);
        List<String> written = new ArrayList<>(url.path());
        url.param("to").ifPresent(to -> written.addAll(List.of(to.split(","))));
        List<String> phones = new ArrayList<>();
        for (String phone : written) {
            String digits = phone.strip().replaceAll("[\\s()+.-]", "");
            if (digits.isEmpty()) {
                continue;
            }
            if (!PHONE.matcher(digits).matches()) {
                throw new ChannelUrlException("dingtalk://: mobile number " + (phones.size() + 1) + " has not 11 to 14 digits, as in " + EXAMPLE);
            }
            phones.add(digits);
        }
        return new DingTalkSpec(token, secret, phones, BaseUrl.read(url).orElse(null));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.DINGTALK;
    }

    @Override
    public RawUrl url(boolean maskSecrets) {
        return new RawUrl(kind().scheme(), ChannelSpec.secret(secret, maskSecrets), null, ChannelSpec.secret(token, maskSecrets),
                phones, BaseUrl.param(base, null));
    }

    @Override
    public List<String> secrets() {
        return secret == null ? List.of(token) : List.of(token, secret);
    }

    /** Where the robot API lives: {@code ?base=} or DingTalk's own server. */
    public String origin() {
        return base == null ? VENDOR : base;
    }

    @Override
    public String toString() {
        return ChannelSpec.describe(this);
    }
}
