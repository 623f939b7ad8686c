package io.kumo.api.http;

import java.util.List;

/** A group of routes (tasks, runs, logs...) calling the same services as the window and the CLI. */
public interface ApiEndpoints {
    List<ApiRoute> routes();
}
