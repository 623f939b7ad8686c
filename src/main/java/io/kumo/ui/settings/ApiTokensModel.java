package io.kumo.ui.settings;

import io.kumo.api.ApiToken;
import io.kumo.api.CreatedToken;
import io.kumo.api.service.ApiTokenService;
import io.kumo.common.ValidationException;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.KeyedRows;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/** REST API tokens: listed (never their secret), created (the secret handed over once) and revoked. */
public final class ApiTokensModel {

    private final ApiTokenService tokens;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final KeyedRows<ApiToken> table = new KeyedRows<>(ApiToken::name);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StatusLine status = new StatusLine();

    public ApiTokensModel(ApiTokenService tokens, BackgroundExecutor background, DialogService dialogs) {
        this.tokens = tokens;
        this.background = background;
        this.dialogs = dialogs;
    }

    public void refresh() {
        background.run(tokens::list, list -> table.show(list, null),
                error -> status.bad("Could not list the tokens: " + error.getMessage()));
    }

    /**
     * Creates the token; {@code created} gets it (its secret to show this once), {@code refused} one line saying why
     * not (a name taken, say), for the dialog to show inline.
     */
    public void create(TokenDraft draft, Consumer<CreatedToken> created, Consumer<String> refused) {
        busy.set(true);
        background.run(() -> {
            CreatedToken made = tokens.create(draft.name().strip(), draft.role(), draft.expiry().lifetime());
            return new Made(made, tokens.list());
        }, made -> {
            busy.set(false);
            table.show(made.list(), made.token().token().name());
            status.good("Created the token " + made.token().token().name());
            created.accept(made.token());
        }, error -> {
            busy.set(false);
            refused.accept(error.getMessage());
            if (!(error instanceof ValidationException)) {
                dialogs.showError("Could not create the token " + draft.name(), error);
            }
        });
    }

    private record Made(CreatedToken token, List<ApiToken> list) {
    }

    /** Revokes the selected token after the user confirms: requests with it are refused from then on. */
    public void revoke() {
        ApiToken token = table.selected();
        if (token == null || !dialogs.confirm("Revoke the token " + token.name() + "?",
                "Scripts and tools using it get 401 Unauthorized from now on. This cannot be undone.", "Revoke")) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            tokens.revoke(token.name());
            return tokens.list();
        }, list -> {
            busy.set(false);
            table.show(list, null);
            status.good("Revoked the token " + token.name());
        }, error -> {
            busy.set(false);
            status.bad("Not revoked: " + error.getMessage());
        });
    }



    public ObservableList<ApiToken> rows() { return table.rows(); }
    public ReadOnlyObjectProperty<ApiToken> selectedProperty() { return table.selectedProperty(); }

    public void select(ApiToken token) {
        table.select(token);
    }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public StatusLine status() { return status; }
}
