package io.kumo.isolation.limits;

import io.kumo.supervisor.RunConfinement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Limits around an inner confinement (a sandbox, or none): each call reaches both layers, the limits first. */
abstract class LayeredConfinement implements RunConfinement {

    private final RunConfinement inner;

    LayeredConfinement(RunConfinement inner) {
        this.inner = inner;
    }

    /** This layer's wrapper around the inner layer's command line. */
    abstract List<String> wrapOuter(List<String> innerArgv);

    abstract String describeOuter();

    abstract Optional<String> ownVerdict(int exitCode, String errorSummary);

    OptionalLong ownPeak() {
        return OptionalLong.empty();
    }

    void ownStopping() {
    }

    void ownClose() {
    }

    @Override
    public final List<String> wrap(List<String> resolvedArgv) {
        return wrapOuter(inner.wrap(resolvedArgv));
    }

    @Override
    public final String describe() {
        String innerText = inner.describe();
        return innerText.isEmpty() ? describeOuter() : innerText + "; " + describeOuter();
    }

    @Override
    public final void stopping() {
        try {
            ownStopping();
        } finally {
            inner.stopping();
        }
    }

    @Override
    public final Optional<String> limitExceeded(int exitCode, String errorSummary) {
        Optional<String> own = ownVerdict(exitCode, errorSummary);
        return own.isPresent() ? own : inner.limitExceeded(exitCode, errorSummary);
    }

    @Override
    public final OptionalLong peakMemoryBytes() {
        OptionalLong own = ownPeak();
        return own.isPresent() ? own : inner.peakMemoryBytes();
    }

    @Override
    public final void close() {
        try {
            ownClose();
        } finally {
            inner.close();
        }
    }
}
