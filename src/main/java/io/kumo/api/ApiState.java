package io.kumo.api;

import java.util.Optional;

/**
 * Whether this instance's REST API listens: the Settings pane, {@code kumo api status} and the log read it.
 *
 * @param url   where it listens ({@code https://0.0.0.0:8765}), when LISTENING
 * @param error one line saying why it could not start, when FAILED
 */
public record ApiState(Phase phase, Optional<String> url, Optional<String> error) {

    public enum Phase { OFF, STARTING, LISTENING, FAILED }

    public static final ApiState OFF = new ApiState(Phase.OFF, Optional.empty(), Optional.empty());

    public static ApiState listening(String url) {
        return new ApiState(Phase.LISTENING, Optional.of(url), Optional.empty());
    }

    public static ApiState failed(String error) {
        return new ApiState(Phase.FAILED, Optional.empty(), Optional.of(error));
    }

    public static ApiState starting() {
        return new ApiState(Phase.STARTING, Optional.empty(), Optional.empty());
    }
}
