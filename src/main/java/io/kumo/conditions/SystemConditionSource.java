package io.kumo.conditions;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The real computer: power through OSHI, the network through Java's interfaces, a host through a TCP connect, the
 * idle time the way each operating system tells it, and metering through NetworkManager (unknown on Windows and macOS).
 */
public final class SystemConditionSource implements ConditionSource {

    /** A helper program that has not answered by then is given up on. */
    static final Duration PROGRAM_TIMEOUT = Duration.ofSeconds(2);

    private final IdleProbe idle;
    private final MeteredProbe metered;
    private final boolean linux;

    SystemConditionSource(IdleProbe idle, Programs programs, boolean linux) {
        this.idle = idle;
        this.metered = new MeteredProbe(programs, PROGRAM_TIMEOUT);
        this.linux = linux;
    }

    /** This computer, its helper programs looked up on {@code programs}. */
    public static SystemConditionSource of(String osName, Programs programs) {
        String os = osName.toLowerCase(Locale.ROOT);
        IdleProbe idle = os.startsWith("windows") ? new WindowsIdleProbe()
                : os.startsWith("mac") ? new MacIdleProbe(programs, PROGRAM_TIMEOUT)
                : os.startsWith("linux") ? new LinuxIdleProbe(programs, PROGRAM_TIMEOUT)
                : IdleProbe.NONE;
        return new SystemConditionSource(idle, programs, os.startsWith("linux"));
    }

    public static SystemConditionSource detect() {
        return of(System.getProperty("os.name", ""), PathPrograms.fromEnvironment());
    }

    @Override
    public Answer onAcPower() {
        return PowerProbe.onAcPower();
    }

    @Override
    public Answer networkUp() {
        return NetworkProbe.networkUp();
    }

    @Override
    public Answer reachable(HostPort host) {
        return HostProbe.reachable(host, HostProbe.TIMEOUT);
    }

    @Override
    public Optional<Duration> idleTime() {
        return idle.idle();
    }

    @Override
    public Answer metered() {
        return linux ? metered.metered() : Answer.UNKNOWN;
    }
}
