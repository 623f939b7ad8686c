package io.kumo.service;

import io.kumo.domain.Task;

/** A new, unsaved task holding every user-set field of another (not its id, times or last fire). */
public final class TaskCopy {

    private TaskCopy() {
    }

    public static Task of(Task source) {
        Task copy = new Task(source.getName(), source.getCommand());
        copy.setDescription(source.getDescription());
        copy.setProjectId(source.getProjectId());
        copy.setEnvironmentId(source.getEnvironmentId());
        copy.setUseShell(source.isUseShell());
        copy.setWorkDir(source.getWorkDir());
        copy.setTriggerType(source.getTriggerType());
        copy.setCronExpression(source.getCronExpression());
        copy.setIntervalSeconds(source.getIntervalSeconds());
        copy.setAnchorAt(source.getAnchorAt());
        copy.setRunAt(source.getRunAt());
        copy.setTimeZone(source.getTimeZone());
        copy.setTimeoutSeconds(source.getTimeoutSeconds());
        copy.setRetries(source.getRetries());
        copy.setRetryDelaySeconds(source.getRetryDelaySeconds());
        copy.setRetryBackoff(source.getRetryBackoff());
        copy.setEnvironmentVariables(source.getEnvironmentVariables());
        copy.setPriority(source.getPriority());
        copy.setOverlapPolicy(source.getOverlapPolicy());
        copy.setMisfirePolicy(source.getMisfirePolicy());
        copy.setEnabled(source.isEnabled());
        copy.setNotify(source.isNotify());
        copy.setTags(source.getTags());
        copy.setNodeLabels(source.getNodeLabels());
        copy.setLimits(source.getLimits());
        copy.setSandbox(source.getSandbox());
        copy.setConditions(source.getConditions());
        return copy;
    }
}
