package io.kumo.rest;

import java.util.List;

/** A group of routes (tasks, runs, logs...) calling the same services as the window and the CLI. */
public interface ApiEndpoints {
    List<ApiRoute> routes();
}
