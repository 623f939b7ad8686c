package io.kumo.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.kumo.api.ApiRole;
import io.kumo.api.ApiToken;
import io.kumo.api.service.HookRejected;
import io.kumo.common.Actor;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What the server does around every route's handler: checks the bearer token against the route's {@link Access}
 * (401, 403), counts every 401 (and a trigger URL's 404) toward the client's limit, answers 429 instead to a client
 * the limiter blocked, but only on such a failing request (a valid credential is served whatever its address did),
 * and runs the handler with the token's actor bound for the audit log. Log streams are registered with
 * {@link LiveStreams} (capped per token, ended when the token is revoked or the server stops).
 */
final class AccessGuard {

    /** The request attribute the request log reads the actor from. */
    static final String ACTOR_ATTRIBUTE = "kumo.actor";
    static final long MAX_BODY_BYTES = 1024 * 1024;

    private static final String BEARER = "bearer ";
    private static final String EVENT_STREAM = "text/event-stream";

    private final TokenAuthenticator tokens;
    private final BooleanSupplier metricsOpen;
    private final FailedAttemptLimiter limiter;
    private final LiveStreams streams;

    AccessGuard(TokenAuthenticator tokens, BooleanSupplier metricsOpen, FailedAttemptLimiter limiter, LiveStreams streams) {
        this.tokens = tokens;
        this.metricsOpen = metricsOpen;
        this.limiter = limiter;
        this.streams = streams;
    }

    private record Authenticated(ApiToken token, String secret) {
    }

    Handler guard(ApiRoute route) {
        return ctx -> {
            try {
                refuseLargeBody(ctx);
                Optional<Authenticated> caller = authenticate(route.access(), ctx);
                Optional<Actor> actor = caller.map(c -> Actor.ofApiToken(c.token().name()));
                actor.ifPresent(a -> ctx.attribute(ACTOR_ATTRIBUTE, a.name()));
                try (LiveStreams.Registration stream = streamOf(ctx, caller)) {
                    if (actor.isPresent()) {
                        ScopedValue.where(Actor.ACTING, actor.get()).call(() -> {
                            route.handler().handle(ctx);
                            return null;
                        });
                    } else {
                        route.handler().handle(ctx);
                    }
                }
            } catch (HookRejected e) {
                throw failed(ctx, route.access(), new ApiException(e.reason().status(), e.getMessage()));
            } catch (ApiException e) {
                throw failed(ctx, route.access(), e);
            }
        };
    }

    /** A log stream is registered for its token; any other request registers nothing. */
    private LiveStreams.Registration streamOf(Context ctx, Optional<Authenticated> caller) {
        String accept = ctx.header("Accept");
        if (caller.isEmpty() || accept == null || !accept.contains(EVENT_STREAM)) {
            return () -> { };
        }
        String secret = caller.get().secret();
        return streams.open(caller.get().token().id(), () -> tokens.authenticate(secret).isPresent());
    }

    private static void refuseLargeBody(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) { // a chunked body meets Javalin's maxRequestSize instead
            throw new ApiException(413, "the request body is larger than 1 MB");
        }
    }

    private Optional<Authenticated> authenticate(Access access, Context ctx) {
        Optional<ApiRole> required = access.role();
        if (required.isEmpty() || (access == Access.METRICS && metricsOpen.getAsBoolean())) {
            return Optional.empty();
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized(ctx, "this needs a token: send the header 'Authorization: Bearer TOKEN'");
        }
        if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER) || header.substring(BEARER.length()).isBlank()) {
            throw unauthorized(ctx, "the Authorization header must be 'Bearer TOKEN'");
        }
        String secret = header.substring(BEARER.length()).strip();
        ApiToken token = tokens.authenticate(secret)
                .orElseThrow(() -> unauthorized(ctx, "the token is unknown, revoked or expired"));
        if (!token.role().covers(required.get())) {
            throw new ApiException(403, "this needs the " + required.get().label() + " role; the token '" + token.name()
                    + "' is " + token.role().label());
        }
        return Optional.of(new Authenticated(token, secret));
    }

    private static ApiException unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"kumo\"");
        return new ApiException(401, message);
    }

    /**
     * A failed credential (401, or a trigger URL's unknown id) counts toward the client's limit; from a client already
     * blocked it is answered 429 instead (and not counted again).
     */
    private ApiException failed(Context ctx, Access access, ApiException e) {
        boolean counts = e.status() == 401 || (access == Access.HOOK && e.status() == 404);
        if (!counts) {
            return e;
        }
        Optional<Duration> blocked = limiter.blockedFor(ctx.ip());
        if (blocked.isPresent()) {
            long seconds = Math.max(1, (blocked.get().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            return new ApiException(429, "too many failed attempts from " + ctx.ip() + "; try again in " + seconds + " s");
        }
        limiter.recordFailure(ctx.ip());
        return e;
    }
}
