package io.kumo.api.http;

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
 * What the server does around every route's handler: refuses clients the limiter blocked (429), checks the bearer
 * token against the route's {@link Access} (401, 403), counts every 401 toward the client's limit (the hook
 * handlers' too), and runs the handler with the token's actor bound for the audit log.
 */
final class AccessGuard {

    /** The request attribute the request log reads the actor from. */
    static final String ACTOR_ATTRIBUTE = "kumo.actor";
    static final long MAX_BODY_BYTES = 1024 * 1024;

    private static final String BEARER = "bearer ";

    private final TokenAuthenticator tokens;
    private final BooleanSupplier metricsOpen;
    private final FailedAttemptLimiter limiter;

    AccessGuard(TokenAuthenticator tokens, BooleanSupplier metricsOpen, FailedAttemptLimiter limiter) {
        this.tokens = tokens;
        this.metricsOpen = metricsOpen;
        this.limiter = limiter;
    }

    Handler guard(ApiRoute route) {
        return ctx -> {
            if (route.access() != Access.OPEN) {
                refuseBlocked(ctx);
            }
            refuseLargeBody(ctx);
            Optional<Actor> actor = actorFor(route.access(), ctx);
            actor.ifPresent(a -> ctx.attribute(ACTOR_ATTRIBUTE, a.name()));
            try {
                if (actor.isPresent()) {
                    ScopedValue.where(Actor.ACTING, actor.get()).call(() -> {
                        route.handler().handle(ctx);
                        return null;
                    });
                } else {
                    route.handler().handle(ctx);
                }
            } catch (HookRejected e) {
                throw failed(ctx, new ApiException(e.reason().status(), e.getMessage()));
            } catch (ApiException e) {
                throw failed(ctx, e);
            }
        };
    }

    private void refuseBlocked(Context ctx) {
        Optional<Duration> blocked = limiter.blockedFor(ctx.ip());
        if (blocked.isPresent()) {
            long seconds = Math.max(1, (blocked.get().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiException(429, "too many failed attempts from " + ctx.ip() + "; try again in " + seconds + " s");
        }
    }

    private static void refuseLargeBody(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) { // a chunked body meets Javalin's maxRequestSize instead
            throw new ApiException(413, "the request body is larger than 1 MB");
        }
    }

    private Optional<Actor> actorFor(Access access, Context ctx) {
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
        ApiToken token = tokens.authenticate(header.substring(BEARER.length()).strip())
                .orElseThrow(() -> unauthorized(ctx, "the token is unknown, revoked or expired"));
        if (!token.role().covers(required.get())) {
            throw new ApiException(403, "this needs the " + required.get().label() + " role; the token '" + token.name()
                    + "' is " + token.role().label());
        }
        return Optional.of(Actor.ofApiToken(token.name()));
    }

    private ApiException unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"kumo\"");
        return failed(ctx, new ApiException(401, message));
    }

    private ApiException failed(Context ctx, ApiException e) {
        if (e.status() == 401) {
            limiter.recordFailure(ctx.ip());
        }
        return e;
    }
}
