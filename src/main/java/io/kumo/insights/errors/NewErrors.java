package io.kumo.insights.errors;

import io.kumo.domain.Run;

/** Told when a failed run's error is one no run had before (the alert dispatcher's "new error"). */
@FunctionalInterface
public interface NewErrors {
    void newError(Run run, ErrorSignature signature);
}
