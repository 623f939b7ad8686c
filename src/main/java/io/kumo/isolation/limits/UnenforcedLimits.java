package io.kumo.isolation.limits;

import io.kumo.isolation.ConfinementRequest;
import io.kumo.isolation.LimitConfiner;
import io.kumo.supervisor.RunConfinement;
import java.util.List;
import java.util.Optional;

/** Where Kumo has no limit mechanism yet (Windows, until Job Objects): runs go unlimited and their log says so. */
final class UnenforcedLimits implements LimitConfiner {

    private final String why;

    UnenforcedLimits(String why) {
        this.why = why;
    }

    @Override
    public RunConfinement confine(ConfinementRequest request, RunConfinement inner) {
        if (request.limits().isEmpty()) {
            return inner;
        }
        String note = "limits " + request.limits().describe() + " not enforced: " + why;
        return new LayeredConfinement(inner) {
            @Override
            List<String> wrapOuter(List<String> innerArgv) {
                return innerArgv;
            }

            @Override
            String describeOuter() {
                return note;
            }

            @Override
            Optional<String> ownVerdict(int exitCode, String errorSummary) {
                return Optional.empty();
            }
        };
    }

    @Override
    public String mechanism() {
        return "none: " + why;
    }
}
