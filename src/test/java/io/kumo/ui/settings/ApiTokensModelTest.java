package io.kumo.ui.settings;

import io.kumo.ui.common.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.api.ApiRole;
import io.kumo.api.ApiToken;
import io.kumo.api.CreatedToken;
import io.kumo.app.KumoCore;
import io.kumo.testkit.TestCores;
import io.kumo.ui.common.SameThreadBackground;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REST API tokens as the Settings pane keeps them, on a real core's token service. */
class ApiTokensModelTest {

    @TempDir
    Path dir;
    KumoCore core;
    RecordingDialogs dialogs = new RecordingDialogs();
    ApiTokensModel tokens;
    final List<CreatedToken> created = new ArrayList<>();
    final List<String> refused = new ArrayList<>();

    @BeforeEach
    void open() {
        core = TestCores.open(dir, TestCores.fixedClock()); // the lifetime is then exact
        tokens = new ApiTokensModel(core.apiTokens(), new SameThreadBackground(), dialogs);
        tokens.refresh();
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aCreatedTokenIsHandedOverOnceListedAndSelected() {
        tokens.create(new TokenDraft(" ci-deploy ", ApiRole.OPERATOR, TokenExpiry.MONTH), created::add, refused::add);

        assertThat(refused).isEmpty();
        CreatedToken made = created.getFirst();
        assertThat(core.apiTokens().authenticate(made.secret())).map(ApiToken::name).contains("ci-deploy");
        assertThat(tokens.rows()).extracting(ApiToken::name).containsExactly("ci-deploy");
        assertThat(tokens.selectedProperty().get().name()).isEqualTo("ci-deploy");
        ApiToken listed = tokens.rows().getFirst();
        assertThat(listed.role()).isEqualTo(ApiRole.OPERATOR);
        assertThat(Duration.between(listed.createdAt(), listed.expiresAt().orElseThrow())).isEqualTo(Duration.ofDays(30));
        assertThat(tokens.status().textProperty().get()).isEqualTo("Created the token ci-deploy");
    }

    @Test
    void aTokenThatNeverExpiresHasNoEnd() {
        tokens.create(new TokenDraft("grafana", ApiRole.VIEWER, TokenExpiry.NEVER), created::add, refused::add);

        assertThat(tokens.rows().getFirst().expiresAt()).isEmpty();
    }

    @Test
    void aTakenNameIsRefusedInOneLineWithoutAnErrorDialog() {
        tokens.create(new TokenDraft("ci", ApiRole.VIEWER, TokenExpiry.NEVER), created::add, refused::add);
        tokens.create(new TokenDraft("ci", ApiRole.ADMIN, TokenExpiry.NEVER), created::add, refused::add);

        assertThat(created).hasSize(1);
        assertThat(refused).singleElement().asString().contains("ci").contains("exists").doesNotContain("\n");
        assertThat(dialogs.errors).isEmpty();
        assertThat(tokens.rows()).hasSize(1);
        assertThat(tokens.busyProperty().get()).isFalse();
    }

    @Test
    void revokeAfterConfirmingRemovesTheTokenAndItsAccess() {
        tokens.create(new TokenDraft("ci", ApiRole.VIEWER, TokenExpiry.NEVER), created::add, refused::add);

        tokens.revoke();

        assertThat(dialogs.asked).containsExactly("Revoke the token ci?");
        assertThat(tokens.rows()).isEmpty();
        assertThat(tokens.selectedProperty().get()).isNull();
        assertThat(core.apiTokens().authenticate(created.getFirst().secret())).isEmpty();
    }

    @Test
    void revokeNotConfirmedKeepsTheToken() {
        tokens.create(new TokenDraft("ci", ApiRole.VIEWER, TokenExpiry.NEVER), created::add, refused::add);
        dialogs.answer = false;

        tokens.revoke();

        assertThat(tokens.rows()).hasSize(1);
        assertThat(core.apiTokens().list()).hasSize(1);
    }
}
