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
    private String maxMemory;
    private String maxCpu;
    private String maxProcesses;
    private String maxOpenFiles;
    private String maxOutput;
    private String sandbox;
    private String sandboxImage;
    private String sandboxNetwork;
    private Boolean onlyOnAc;
    private Boolean onlyOnline;
    private String onlineHost;
    private String onlyIdle;
    private Boolean notMetered;
    private String conditionWait;

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

    /** "500M", "2G"; "none" or "" clears (the Settings default applies). */
    public TaskDraft maxMemory(String value) { maxMemory = value; return this; }
    /** A percentage of one core: "50%", "150%" ("%" optional); "none" or "" clears. */
    public TaskDraft maxCpu(String value) { maxCpu = value; return this; }
    public TaskDraft maxProcesses(String value) { maxProcesses = value; return this; }
    public TaskDraft maxOpenFiles(String value) { maxOpenFiles = value; return this; }
    public TaskDraft maxOutput(String value) { maxOutput = value; return this; }
    /** none, container or bwrap. */
    public TaskDraft sandbox(String value) { sandbox = value; return this; }
    /** The container image; "none" or "" derives it from the environment's Python version. */
    public TaskDraft sandboxImage(String value) { sandboxImage = value; return this; }
    /** on or off. */
    public TaskDraft sandboxNetwork(String value) { sandboxNetwork = value; return this; }
    public TaskDraft onlyOnAc(Boolean value) { onlyOnAc = value; return this; }
    public TaskDraft onlyOnline(Boolean value) { onlyOnline = value; return this; }
    /** "example.com" or "example.com:443" that must be reachable; "none" or "" clears. */
    public TaskDraft onlineHost(String value) { onlineHost = value; return this; }
    /** "10m" idle; "none", "0" or "" clears. */
    public TaskDraft onlyIdle(String value) { onlyIdle = value; return this; }
    public TaskDraft notMetered(Boolean value) { notMetered = value; return this; }
    /** How long to wait for the conditions, "30m"; "0" or "none": skip at once. */
    public TaskDraft conditionWait(String value) { conditionWait = value; return this; }

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
    public String maxMemory() { return maxMemory; }
    public String maxCpu() { return maxCpu; }
    public String maxProcesses() { return maxProcesses; }
    public String maxOpenFiles() { return maxOpenFiles; }
    public String maxOutput() { return maxOutput; }
    public String sandbox() { return sandbox; }
    public String sandboxImage() { return sandboxImage; }
    public String sandboxNetwork() { return sandboxNetwork; }
    public Boolean onlyOnAc() { return onlyOnAc; }
    public Boolean onlyOnline() { return onlyOnline; }
    public String onlineHost() { return onlineHost; }
    public String onlyIdle() { return onlyIdle; }
    public Boolean notMetered() { return notMetered; }
    public String conditionWait() { return conditionWait; }

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
