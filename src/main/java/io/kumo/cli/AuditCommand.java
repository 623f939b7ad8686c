package io.kumo.cli;

import io.kumo.json.Json;
import io.kumo.audit.AuditEntry;
import io.kumo.audit.AuditQuery;
import io.kumo.audit.FieldChange;
import io.kumo.common.ValidationException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kumo audit}: who changed what, newest first. */
@Command(name = "audit", description = "The audit log, newest first.")
final class AuditCommand implements Callable<Integer> {

    @Option(names = "--since", paramLabel = "ISO", description = "Only entries at or after this instant (2026-11-01T00:00:00Z).") String since;
    @Option(names = "--action", paramLabel = "ACTION") String action;
    @Option(names = "--target", paramLabel = "TYPE", description = "TASK, PROJECT, ENVIRONMENT, VARIABLE, SETTING...") String target;
    @Option(names = "--search", paramLabel = "TEXT") String search;
    @Option(names = "--limit", defaultValue = "200") long limit;
    @Option(names = "--json") boolean json;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Instant from = null;
        if (since != null) {
            try {
                from = Instant.parse(since);
            } catch (DateTimeParseException e) {
                throw new ValidationException("--since: '" + since + "' is not an ISO-8601 instant such as 2026-11-01T00:00:00Z");
            }
        }
        List<AuditEntry> entries = TaskCommand.access(spec).core().audit().query(new AuditQuery(from, null,
                action == null ? null : action.toUpperCase(java.util.Locale.ROOT),
                target == null ? null : target.toUpperCase(java.util.Locale.ROOT), search, limit));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(entries.stream().map(AuditCommand::toJson).toList()));
            return ExitCodes.OK;
        }
        for (AuditEntry entry : entries) {
            out.printf("%s  %-22s %-14s %s %s%s%n", Json.instant(entry.occurredAt()), entry.actor(), entry.action(),
                    entry.targetType(), entry.targetName() == null ? "" : entry.targetName(),
                    entry.changes().isEmpty() ? (entry.note() == null ? "" : "  " + entry.note())
                            : "  " + entry.changesSummary());
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> toJson(AuditEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("at", Json.instant(entry.occurredAt()));
        json.put("actor", entry.actor());
        json.put("action", entry.action());
        json.put("target_type", entry.targetType());
        json.put("target_id", entry.targetId());
        json.put("target_name", entry.targetName());
        Map<String, Object> changes = new LinkedHashMap<>();
        for (FieldChange change : entry.changes()) {
            changes.put(change.field(), Map.of("before", String.valueOf(change.before()), "after", String.valueOf(change.after())));
        }
        json.put("changes", changes);
        json.put("note", entry.note());
        return json;
    }
}
