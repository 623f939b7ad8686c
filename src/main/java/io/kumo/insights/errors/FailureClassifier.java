package io.kumo.insights.errors;

import io.kumo.domain.Run;
import io.kumo.engine.EngineListener;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies each run that ended FAILED or TIMEOUT (a workflow step's attempts too) into its error group, on its own
 * executor: the engine's thread only hands over a copy. A group no run had before is told to {@link NewErrors}.
 */
public final class FailureClassifier implements EngineListener {

    private static final Logger LOG = LoggerFactory.getLogger(FailureClassifier.class);

    private final ErrorGroups groups;
    private final Executor executor;
    private final NewErrors newErrors;

    /** @param executor one background thread in the app; the caller's thread in tests */
    public FailureClassifier(ErrorGroups groups, Executor executor, NewErrors newErrors) {
        this.groups = groups;
        this.executor = executor;
        this.newErrors = newErrors;
    }

    @Override
    public void runChanged(Run run) {
        if (run.getId() == null || run.getStatus() == null || !ErrorGroups.FAILURES.contains(run.getStatus())) {
            return;
        }
        Run ended = run.copy();
        try {
            executor.execute(() -> classify(ended));
        } catch (RejectedExecutionException e) {
            LOG.debug("Run {} ended while Kumo stops: the next start's backfill groups its error", ended.getId());
        }
    }

    private void classify(Run run) {
        try {
            groups.classify(run).filter(Classification::newGroup)
                    .ifPresent(found -> newErrors.newError(run, found.signature()));
        } catch (RuntimeException e) {
            LOG.warn("Could not group the error of run {} ({})", run.getId(), e.getMessage());
        }
    }
}
