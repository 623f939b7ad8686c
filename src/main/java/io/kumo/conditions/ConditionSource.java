package io.kumo.conditions;

import java.time.Duration;
import java.util.Optional;

/**
 * The computer's state that run conditions ask about. Each probe answers at once or within a short timeout (a
 * program it runs, a TCP connect), so callers keep it off the FX thread and off the scheduler's thread.
 */
public interface ConditionSource {

    /** A computer that tells nothing: every answer unknown, no host reachable. */
    ConditionSource UNKNOWN = new ConditionSource() {
        @Override
        public Answer onAcPower() {
            return Answer.UNKNOWN;
        }

        @Override
        public Answer networkUp() {
            return Answer.UNKNOWN;
        }

        @Override
        public Answer reachable(HostPort host) {
            return Answer.UNKNOWN;
        }

        @Override
        public Optional<Duration> idleTime() {
            return Optional.empty();
        }

        @Override
        public Answer metered() {
            return Answer.UNKNOWN;
        }
    };

    /** YES on AC power (a computer without a battery is on AC), NO on battery. */
    Answer onAcPower();

    /** YES when a network interface other than loopback is up with an address. */
    Answer networkUp();

    /** YES when a TCP connection to the host opens within the probe's timeout; NO when it fails. */
    Answer reachable(HostPort host);

    /** How long since the user last touched keyboard or mouse; empty when this computer cannot tell. */
    Optional<Duration> idleTime();

    /** YES when the operating system says the connection is metered. */
    Answer metered();
}
