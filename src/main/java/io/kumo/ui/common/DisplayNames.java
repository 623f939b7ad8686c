package io.kumo.ui.common;

import io.kumo.cluster.NodeStatus;
import io.kumo.domain.EnvironmentKind;
import io.kumo.domain.EnvironmentState;
import io.kumo.domain.TriggerKind;

/** The words the window uses for the values of our enums: one place per enum, never the constant's name. */
public final class DisplayNames {

    private DisplayNames() {
    }

    /** What started a run. */
    public static String of(TriggerKind kind) {
        if (kind == null) {
            return DisplayTime.NONE;
        }
        return switch (kind) {
            case CRON -> "Cron";
            case INTERVAL -> "Interval";
            case ONCE -> "Once";
            case MANUAL -> "Manual";
            case RETRY -> "Retry";
            case CATCHUP -> "Catch-up run";
        };
    }

    public static String of(EnvironmentKind kind) {
        if (kind == null) {
            return DisplayTime.NONE;
        }
        return switch (kind) {
            case VENV -> "Virtualenv";
            case CONDA -> "Conda";
            case SYSTEM -> "System Python";
        };
    }

    public static String of(EnvironmentState state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case CREATING -> "Creating";
            case READY -> "Ready";
            case BROKEN -> "Broken";
            case DELETING -> "Deleting";
        };
    }

    public static String of(NodeStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case ALIVE -> "Alive";
            case DEAD -> "Dead";
            case LEFT -> "Left";
        };
    }
}
