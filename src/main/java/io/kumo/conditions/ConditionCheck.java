package io.kumo.conditions;

import io.kumo.domain.RunConditions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, from the conditions and a snapshot of the state, which conditions do not hold. What an unknown answer
 * means: AC power, network, idle time and metering that this computer cannot tell are not checked (the run goes
 * ahead and its log says so); a host that cannot be reached, or named wrongly, does not hold.
 */
public final class ConditionCheck {

    private ConditionCheck() {
    }

    public static ConditionVerdict evaluate(RunConditions conditions, ConditionSnapshot state) {
        List<Unmet> unmet = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        if (conditions.onlyOnAc()) {
            switch (state.onAc()) {
                case NO -> unmet.add(new Unmet("not on AC power", "AC power"));
                case UNKNOWN -> unchecked.add("AC power could not be checked here");
                case YES -> { }
            }
        }
        if (conditions.reachableHost() != null) {
            String host = state.host() == null ? conditions.reachableHost() : state.host().toString();
            if (state.hostReachable() != Answer.YES) {
                unmet.add(new Unmet(host + " is not reachable", host + " to be reachable"));
            }
        } else if (conditions.onlyOnline()) {
            switch (state.online()) {
                case NO -> unmet.add(new Unmet("no network", "a network"));
                case UNKNOWN -> unchecked.add("the network could not be checked here");
                case YES -> { }
            }
        }
        if (conditions.idleSeconds() != null) {
            Duration required = Duration.ofSeconds(conditions.idleSeconds());
            if (state.idle() == null) {
                unchecked.add("the idle time is unknown here (the idle condition was not applied)");
            } else if (state.idle().compareTo(required) < 0) {
                unmet.add(new Unmet("idle " + Minutes.format(state.idle()) + " of the " + Minutes.format(required) + " required",
                        Minutes.format(required) + " of idle time"));
            }
        }
        if (conditions.notMetered()) {
            switch (state.metered()) {
                case YES -> unmet.add(new Unmet("on a metered connection", "an unmetered connection"));
                case UNKNOWN -> unchecked.add("whether the connection is metered could not be checked here");
                case NO -> { }
            }
        }
        return new ConditionVerdict(unmet, unchecked);
    }
}
