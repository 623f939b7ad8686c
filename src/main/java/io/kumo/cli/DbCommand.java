package io.kumo.cli;

import picocli.CommandLine.Command;

/** {@code kumo db export|import}: moves Kumo's data between databases (the embedded H2 and a cluster's PostgreSQL). */
@Command(name = "db", description = "Move Kumo's data between its embedded database and PostgreSQL.")
final class DbCommand {
}
