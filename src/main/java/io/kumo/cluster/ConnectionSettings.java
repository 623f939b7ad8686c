package io.kumo.cluster;

import java.util.Objects;
import java.util.Set;

/**
 * What Settings → Connection saves in the data directory ({@code connection.properties}, owner-only, as
 * {@code ~/.pgpass} keeps passwords): the cluster's PostgreSQL URL, user and password, and how this machine joins it.
 * {@code --db-url} and {@code KUMO_DB_URL} win over it.
 *
 * @param nodeName  this node's name; null: the host name
 * @param runsTasks whether this machine runs tasks too, or only controls the cluster
 */
public record ConnectionSettings(String url, String user, String password, String nodeName, Set<String> labels,
                                 boolean runsTasks) {

    public ConnectionSettings {
        Objects.requireNonNull(url, "url");
        labels = Set.copyOf(labels);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + url + ", user=" + user + ", node=" + nodeName + ", labels=" + labels
                + ", runsTasks=" + runsTasks + "]";
    }
}
