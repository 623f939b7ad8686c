package io.kumo.rest;

import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.kumo.common.ConflictException;
import io.kumo.common.ValidationException;
import io.kumo.json.Json;
import java.util.Map;

/** What every Javalin serving Kumo's routes sets: the CLI's JSON, one-line JSON errors, no banner, virtual threads. */
public final class JavalinBasics {

    private JavalinBasics() {
    }

    public static void apply(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.concurrency.useVirtualThreads = true;
        config.jsonMapper(new JavalinJackson(Json.MAPPER, true));
        config.routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(error(e.getMessage())));
        config.routes.exception(ValidationException.class, (e, ctx) -> ctx.status(e instanceof ConflictException ? 409 : 400).json(error(e.getMessage())));
    }

    /** The body of every error answer. */
    public static Map<String, String> error(String message) {
        return Map.of("error", message == null ? "error" : message);
    }
}
