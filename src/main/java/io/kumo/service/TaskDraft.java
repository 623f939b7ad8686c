package io.kumo.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields a user gives to make or change a task, as typed (durations such as "10m", choices such as "queue",
 * project and environment by name); {@link TaskDrafts} reads and applies them. A field left null is not given: a new
 * task takes its default, a stored one keeps its value. A field in {@link #CLEARABLE} can be cleared instead (no zone,
 * no timeout, no node labels...); an empty value is read as given, and refused where the command line refuses it.
 */
public final class TaskDraft {

    /** The fields {@link #clear} takes, by the names the JSON gives them. */
    public static final Set<String> CLEARABLE = Set.of("zone", "workdir", "project", "env", "timeout", "retry_delay",
            "node_labels");

    private final Set<String> cleared = new HashSet<>();
    private String name;
    private String command;
    private String cron;
    private String every;
    private String at;
    private String zone;
    private String workdir;
    private String project;
    private String env;
    private String timeout;
    private Integer retries;
    private String retryDelay;
    private Integer priority;
    private String overlap;
    private String misfire;
    private Boolean shell;
    private Boolean enabled;
    private List<String> nodeLabels;

    public TaskDraft name(String value) { name = value; return this; }
    public TaskDraft command(String value) { command = value; return this; }
    public TaskDraft cron(String value) { cron = value; return this; }
    public TaskDraft every(String value) { every = value; return this; }
    public TaskDraft at(String value) { at = value; return this; }
    public TaskDraft zone(String value) { zone = value; return this; }
    public TaskDraft workdir(String value) { workdir = value; return this; }
    public TaskDraft project(String value) { project = value; return this; }
    public TaskDraft env(String value) { env = value; return this; }
    public TaskDraft timeout(String value) { timeout = value; return this; }
    public TaskDraft retries(Integer value) { retries = value; return this; }
    public TaskDraft retryDelay(String value) { retryDelay = value; return this; }
    public TaskDraft priority(Integer value) { priority = value; return this; }
    public TaskDraft overlap(String value) { overlap = value; return this; }
    public TaskDraft misfire(String value) { misfire = value; return this; }
    public TaskDraft shell(Boolean value) { shell = value; return this; }
    public TaskDraft enabled(Boolean value) { enabled = value; return this; }
    /** Labels the running node must carry; each value may hold several, comma-separated; only blanks: none. */
    public TaskDraft nodeLabels(List<String> value) { nodeLabels = value == null ? null : List.copyOf(value); return this; }

    public String name() { return name; }
    public String command() { return command; }
    public String cron() { return cron; }
    public String every() { return every; }
    public String at() { return at; }
    public String zone() { return zone; }
    public String workdir() { return workdir; }
    public String project() { return project; }
    public String env() { return env; }
    public String timeout() { return timeout; }
    public Integer retries() { return retries; }
    public String retryDelay() { return retryDelay; }
    public Integer priority() { return priority; }
    public String overlap() { return overlap; }
    public String misfire() { return misfire; }
    public Boolean shell() { return shell; }
    public Boolean enabled() { return enabled; }
    public List<String> nodeLabels() { return nodeLabels; }

    /** Clears a field of {@link #CLEARABLE} (the system zone, no workdir, project, environment or timeout, no retry delay). */
    public TaskDraft clear(String field) {
        if (!CLEARABLE.contains(field)) {
            throw new IllegalArgumentException(field + " cannot be cleared");
        }
        cleared.add(field);
        return this;
    }

    public boolean clears(String field) {
        return cleared.contains(field);
    }

    /** The schedules given (cron, every, at): a new task needs exactly one, a change at most one. */
    List<String> schedulesGiven() {
        List<String> given = new ArrayList<>();
        if (cron != null) {
            given.add("cron");
        }
        if (every != null) {
            given.add("every");
        }
        if (at != null) {
            given.add("at");
        }
        return given;
    }
}
