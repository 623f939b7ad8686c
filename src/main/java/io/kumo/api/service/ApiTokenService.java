package io.kumo.api.service;

import io.kumo.api.ApiRole;
import io.kumo.api.ApiToken;
import io.kumo.api.CreatedToken;
import io.kumo.audit.AuditService;
import io.kumo.common.NameRule;
import io.kumo.common.ConflictException;
import io.kumo.common.ValidationException;
import io.kumo.domain.ApiTokenRow;
import io.kumo.service.AuditedRepository;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * REST API tokens: made (shown once), listed, revoked, and checked on every request. Only a token's SHA-256 is stored;
 * creating and revoking are audited. The window, {@code kumo api token} and the API's own token endpoints call this.
 */
public final class ApiTokenService {

    public static final int NAME_MAX = 100;
    /** What every token starts with, so a leaked one is recognised by secret scanners and by eye. */
    public static final String PREFIX = "kumo_";
    private static final int TOKEN_BYTES = 32;
    /** A token's last use is written at most this often: a busy script must not cost a write per request. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final Database database;
    private final AuditedRepository<ApiTokenRow> tokens;
    private final Clock clock;
    private final RandomText random = new RandomText();

    public ApiTokenService(Database database, AuditService audit, Clock clock) {
        this.database = database;
        this.tokens = new AuditedRepository<>(database, database.apiTokens(), audit, clock, "Token", "name", NAME_MAX);
        this.clock = clock;
    }

    /**
     * A new token named {@code name} (the audit log's actor for what it does) with {@code role}, valid for
     * {@code lifetime} or without end.
     *
     * @throws io.kumo.common.ValidationException for a name taken or not valid, or a lifetime not positive
     */
    public CreatedToken create(String name, ApiRole role, Optional<Duration> lifetime) {
        Objects.requireNonNull(role, "role");
        checkName(name);
        lifetime.filter(duration -> duration.isZero() || duration.isNegative()).ifPresent(duration -> {
            throw new ValidationException("expires: a token's lifetime must be positive");
        });
        String secret = PREFIX + random.of(TOKEN_BYTES);
        Instant expires = lifetime.map(clock.instant()::plus).orElse(null);
        ApiTokenRow created;
        try {
            created = tokens.create(new ApiTokenRow(name, role.label(), hash(secret), expires));
        } catch (StoreException e) {
            checkName(name); // another caller took the name between the check and the write: say so, not a store failure
            throw e;
        }
        return new CreatedToken(view(created), secret);
    }

    /** Every token, by name. */
    public List<ApiToken> list() {
        return tokens.list().stream().map(ApiTokenService::view).toList();
    }

    /** @throws io.kumo.common.ValidationException when no token has that name */
    public void revoke(String name) {
        ApiTokenRow row = tokens.findByName(name)
                .orElseThrow(() -> new ValidationException("no token named '" + NameRule.escaped(String.valueOf(name)) + "'"));
        tokens.delete(row.getId());
    }

    /** The token this secret is, unless unknown or expired; notes when it was last used. Time-constant in the secret. */
    public Optional<ApiToken> authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        // looked up by its hash: what the lookup's time depends on is a digest the caller cannot steer bit by bit
        String hash = hash(secret.strip());
        ApiTokenRow row = StoreException.unchecked(() -> database.apiTokens().queryBuilder().where()
                .eq("token_hash", hash).queryForFirst());
        Instant now = clock.instant();
        if (row == null) {
            return Optional.empty();
        }
        ApiToken token = view(row);
        if (token.expiredAt(now)) {
            return Optional.empty();
        }
        if (row.getLastUsedAt() == null || !now.isBefore(row.getLastUsedAt().plus(LAST_USED_GRANULARITY))) {
            noteUse(row.getId(), now);
            token = new ApiToken(token.id(), token.name(), token.role(), token.createdAt(), token.expiresAt(), Optional.of(now));
        }
        return Optional.of(token);
    }

    /** {@code 30d}, {@code 12h}, {@code 90m}, {@code 2w}: a token's lifetime as the CLI and the window take it. */
    public static Duration lifetime(String text) {
        return TokenLifetime.parse(text);
    }

    private void checkName(String name) {
        try {
            NameRule.check(name, NAME_MAX);
        } catch (ValidationException e) {
            throw new ValidationException("token " + e.getMessage());
        }
        // names differing only in case would make two actors in the audit log that read the same
        tokens.list().stream().filter(token -> token.getName().equalsIgnoreCase(name)).findFirst().ifPresent(taken -> {
            throw new ConflictException("a token named " + taken.getName() + " exists");
        });
    }

    /** Nothing waits on it and a lost one costs nothing: written with the next sync, not synced itself. */
    private void noteUse(long id, Instant now) {
        database.inTransactionWrittenLater(() -> {
            var update = database.apiTokens().updateBuilder();
            update.updateColumnValue("last_used_at", now).where().idEq(id);
            return update.update();
        });
    }

    private static ApiToken view(ApiTokenRow row) {
        return new ApiToken(row.getId(), row.getName(), ApiRole.parse(row.getRole()), row.getCreatedAt(),
                Optional.ofNullable(row.getExpiresAt()), Optional.ofNullable(row.getLastUsedAt()));
    }

    /** Lowercase hex SHA-256 of the token's text: what the database keeps. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(secret)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
