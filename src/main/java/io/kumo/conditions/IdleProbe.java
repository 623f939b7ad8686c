package io.kumo.conditions;

import java.time.Duration;
import java.util.Optional;

/** How long the user has not touched the computer, the way this operating system tells it. */
interface IdleProbe {

    /** Empty when this computer cannot tell (no desktop session, no helper program). */
    Optional<Duration> idle();

    /** A computer whose idle time nothing here can read. */
    IdleProbe NONE = Optional::empty;
}
