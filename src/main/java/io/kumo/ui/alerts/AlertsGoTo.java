package io.kumo.ui.alerts;

import io.kumo.alerts.service.ChannelService;
import java.util.List;

/** Which alert channels hear of a task's or a workflow's failures: the editors' "Alerts go to" line. */
public interface AlertsGoTo {

    /** Where no channels are wired (tests of other panes): nobody is told. */
    AlertsGoTo NONE = new AlertsGoTo() {
        @Override
        public List<String> forTask(long taskId, Long projectId) {
            return List.of();
        }

        @Override
        public List<String> forWorkflow(long workflowId) {
            return List.of();
        }
    };

    /** {@code taskId} 0 for a task not saved yet (only the broad rules apply to it). */
    List<String> forTask(long taskId, Long projectId);

    List<String> forWorkflow(long workflowId);

    static AlertsGoTo of(ChannelService channels) {
        return new AlertsGoTo() {
            @Override
            public List<String> forTask(long taskId, Long projectId) {
                return channels.channelsForTask(taskId, projectId);
            }

            @Override
            public List<String> forWorkflow(long workflowId) {
                return channels.channelsForWorkflow(workflowId);
            }
        };
    }
}
