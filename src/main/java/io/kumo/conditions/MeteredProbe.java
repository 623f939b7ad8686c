package io.kumo.conditions;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Whether the connection is metered, as NetworkManager says ({@code nmcli -t -f GENERAL.METERED dev show}): any
 * device metered ("yes" or "yes (guessed)") is metered; else one saying "no" is not; else, or without nmcli, unknown.
 */
final class MeteredProbe {

    static final List<String> NMCLI = List.of("nmcli", "-t", "-f", "GENERAL.METERED", "dev", "show");

    private final Programs programs;
    private final Duration timeout;

    MeteredProbe(Programs programs, Duration timeout) {
        this.programs = programs;
        this.timeout = timeout;
    }

    Answer metered() {
        return programs.output(NMCLI, timeout).map(MeteredProbe::parse).orElse(Answer.UNKNOWN);
    }

    static Answer parse(String nmcliOutput) {
        Answer answer = Answer.UNKNOWN;
        for (String line : nmcliOutput.lines().toList()) {
            int colon = line.indexOf(':');
            String value = (colon < 0 ? line : line.substring(colon + 1)).strip().toLowerCase(Locale.ROOT);
            if (value.startsWith("yes")) {
                return Answer.YES;
            }
            if (value.startsWith("no")) {
                answer = Answer.NO;
            }
        }
        return answer;
    }
}
