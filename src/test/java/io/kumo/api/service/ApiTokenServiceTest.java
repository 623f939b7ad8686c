package io.kumo.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.api.ApiRole;
import io.kumo.api.ApiToken;
import io.kumo.api.CreatedToken;
import io.kumo.app.KumoCore;
import io.kumo.audit.AuditEntry;
import io.kumo.common.ValidationException;
import io.kumo.storage.StoreException;
import io.kumo.testkit.MutableClock;
import io.kumo.testkit.TestCores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokenServiceTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(TestCores.T0);

    @Test
    void aNewTokenIsKumoPrefixedBase64urlOf32BytesAndOnlyItsSha256IsStored() throws Exception {
        CreatedToken created;
        try (KumoCore core = openCore(dir, clock)) {
            created = core.apiTokens().create("ci", ApiRole.OPERATOR, Optional.empty());

            assertThat(created.secret()).matches("kumo_[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(created.secret().substring("kumo_".length()))).hasSize(32);
            String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(created.secret().getBytes(StandardCharsets.UTF_8)));
            String[] stored = StoreException.unchecked(() -> core.database().apiTokens()
                    .queryRaw("SELECT token_hash FROM api_tokens WHERE name = 'ci'").getFirstResult());
            assertThat(stored[0]).isEqualTo(expectedHash);
            assertThat(created.token()).isEqualTo(new ApiToken(created.token().id(), "ci", ApiRole.OPERATOR, TestCores.T0,
                    Optional.empty(), Optional.empty()));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(created.secret());
            }
        }
    }

    @Test
    void twoTokensNeverShareTheirText() {
        try (KumoCore core = openCore(dir, clock)) {
            String first = core.apiTokens().create("one", ApiRole.VIEWER, Optional.empty()).secret();
            String second = core.apiTokens().create("two", ApiRole.VIEWER, Optional.empty()).secret();
            assertThat(first).isNotEqualTo(second);
        }
    }

    @Test
    void authenticateFindsTheTokenByItsTextAndNothingForAnyOtherText() {
        try (KumoCore core = openCore(dir, clock)) {
            CreatedToken created = core.apiTokens().create("grafana", ApiRole.VIEWER, Optional.empty());

            assertThat(core.apiTokens().authenticate(created.secret())).map(ApiToken::name).contains("grafana");
            assertThat(core.apiTokens().authenticate(created.secret().substring(0, 20))).isEmpty();
            assertThat(core.apiTokens().authenticate(created.secret() + "x")).isEmpty();
            assertThat(core.apiTokens().authenticate("")).isEmpty();
            assertThat(core.apiTokens().authenticate(null)).isEmpty();
        }
    }

    @Test
    void aTokenStopsWorkingWhenItsLifetimeEnds() {
        try (KumoCore core = openCore(dir, clock)) {
            CreatedToken created = core.apiTokens().create("phone", ApiRole.VIEWER, Optional.of(Duration.ofDays(30)));
            assertThat(created.token().expiresAt()).contains(TestCores.T0.plus(Duration.ofDays(30)));

            clock.advance(Duration.ofDays(30).minusMillis(1));
            assertThat(core.apiTokens().authenticate(created.secret())).isPresent();
            clock.advance(Duration.ofMillis(1));
            assertThat(core.apiTokens().authenticate(created.secret())).isEmpty();
            assertThat(core.apiTokens().list()).extracting(ApiToken::name).containsExactly("phone"); // listed until revoked
        }
    }

    @Test
    void lastUsedIsWrittenAtMostOnceAMinute() {
        try (KumoCore core = openCore(dir, clock)) {
            String secret = core.apiTokens().create("script", ApiRole.VIEWER, Optional.empty()).secret();

            assertThat(core.apiTokens().authenticate(secret).orElseThrow().lastUsedAt()).contains(TestCores.T0);
            clock.advance(Duration.ofSeconds(59));
            assertThat(core.apiTokens().authenticate(secret)).isPresent();
            assertThat(lastUsed(core)).contains(TestCores.T0);
            clock.advance(Duration.ofSeconds(1));
            assertThat(core.apiTokens().authenticate(secret)).isPresent();
            assertThat(lastUsed(core)).contains(TestCores.T0.plusSeconds(60));
        }
    }

    @Test
    void revokeDeletesTheTokenAndItNoLongerAuthenticates() {
        try (KumoCore core = openCore(dir, clock)) {
            String secret = core.apiTokens().create("old", ApiRole.ADMIN, Optional.empty()).secret();
            core.apiTokens().revoke("old");

            assertThat(core.apiTokens().authenticate(secret)).isEmpty();
            assertThat(core.apiTokens().list()).isEmpty();
            assertThatThrownBy(() -> core.apiTokens().revoke("old")).isInstanceOf(ValidationException.class)
                    .hasMessage("no token named 'old'");
        }
    }

    @Test
    void createAndRevokeAreAuditedUnderWhoeverActsWithoutTheHashOrTheToken() {
        try (KumoCore core = openCore(dir, clock)) {
            String secret = core.apiTokens().create("deploy", ApiRole.OPERATOR, Optional.of(Duration.ofHours(12))).secret();
            java.lang.ScopedValue.where(io.kumo.common.Actor.ACTING, io.kumo.common.Actor.ofApiToken("root"))
                    .run(() -> core.apiTokens().revoke("deploy"));

            List<AuditEntry> entries = core.audit().latest(10).stream()
                    .filter(entry -> entry.targetType().equals("API_TOKEN")).toList();
            assertThat(entries).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::targetName).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("DELETE", "api:root", "deploy"),
                    org.assertj.core.groups.Tuple.tuple("CREATE", TestCores.ACTOR.name(), "deploy"));
            assertThat(entries.get(1).changesSummary()).contains("operator");
            String hash = ApiTokenService.hash(secret);
            assertThat(entries).allSatisfy(entry -> assertThat(entry.changesSummary()).doesNotContain(hash)
                    .doesNotContain(secret));
        }
    }

    @Test
    void namesFollowTheAppsRulesAndAreUniqueInAnyCase() {
        try (KumoCore core = openCore(dir, clock)) {
            core.apiTokens().create("CI", ApiRole.VIEWER, Optional.empty());

            assertThatThrownBy(() -> core.apiTokens().create("ci", ApiRole.ADMIN, Optional.empty()))
                    .isInstanceOf(ValidationException.class).hasMessage("a token named CI exists");
            assertThatThrownBy(() -> core.apiTokens().create("a/b", ApiRole.VIEWER, Optional.empty()))
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("token name: 'a/b' has '/'");
            assertThatThrownBy(() -> core.apiTokens().create("", ApiRole.VIEWER, Optional.empty()))
                    .isInstanceOf(ValidationException.class).hasMessage("token name: must not be empty");
            assertThatThrownBy(() -> core.apiTokens().create("x".repeat(101), ApiRole.VIEWER, Optional.empty()))
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("token name: at most 100 characters");
            assertThat(core.apiTokens().list()).extracting(ApiToken::name).containsExactly("CI");
        }
    }

    @Test
    void aLifetimeMustBePositive() {
        try (KumoCore core = openCore(dir, clock)) {
            assertThatThrownBy(() -> core.apiTokens().create("x", ApiRole.VIEWER, Optional.of(Duration.ZERO)))
                    .isInstanceOf(ValidationException.class).hasMessage("expires: a token's lifetime must be positive");
            assertThatThrownBy(() -> core.apiTokens().create("x", ApiRole.VIEWER, Optional.of(Duration.ofHours(-1))))
                    .isInstanceOf(ValidationException.class);
            assertThat(core.apiTokens().list()).isEmpty();
        }
    }

    @Test
    void lifetimesAreMinutesHoursDaysOrWeeks() {
        assertThat(ApiTokenService.lifetime("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(ApiTokenService.lifetime("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(ApiTokenService.lifetime("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(ApiTokenService.lifetime(" 2w ")).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void aLifetimeNotInThatFormIsRefusedSayingWhatToWrite() {
        for (String bad : List.of("0d", "30", "d", "-1d", "1.5h", "30D", "3y", "1234567890d", "")) {
            assertThatThrownBy(() -> ApiTokenService.lifetime(bad)).as(bad).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("use a positive number and m, h, d or w (90m, 12h, 30d, 2w)");
        }
        assertThatThrownBy(() -> ApiTokenService.lifetime(null)).isInstanceOf(ValidationException.class);
    }

    private static Optional<java.time.Instant> lastUsed(KumoCore core) {
        return StoreException.unchecked(() -> Optional.ofNullable(core.database().apiTokens().queryForAll().getFirst()
                .getLastUsedAt()));
    }

    /** The core under test, on H2; {@code PostgresApiTokenServiceTest} opens it on PostgreSQL. */
    KumoCore openCore(Path dataDir, Clock clock) {
        return TestCores.open(dataDir, clock);
    }
}
