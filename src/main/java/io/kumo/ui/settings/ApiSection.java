package io.kumo.ui.settings;

import atlantafx.base.theme.Styles;
import io.kumo.settings.Settings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The REST API: whether it listens (with its URL to copy and its docs), the switch, address and certificate, then
 * the tokens and the trigger URLs. Kumo's server restarts by itself when these settings are saved.
 */
final class ApiSection {

    private ApiSection() {
    }

    static VBox create(GeneralSettingsModel settings, ApiServerModel server, ApiTokensModel tokens, ApiHooksModel hooks) {
        return Forms.section(status(server),
                Forms.muted("Lets other tools (CI, scripts, Home Assistant, Grafana) read and run your tasks over HTTP. "
                        + "Nothing listens until you turn it on; kumo --headless --api HOST:PORT does the same."),
                switches(settings), server(settings, server), Forms.applyRow("settings-apply-api", settings.api()),
                ApiTokensPart.create(tokens), ApiHooksPart.create(hooks, server));
    }

    private static HBox status(ApiServerModel server) {
        Label state = Forms.status("api-state", server.status());
        state.getStyleClass().add(Styles.TEXT_BOLD);
        Button copy = Forms.copyButton("api-copy-url", () -> server.urlProperty().get());
        copy.getStyleClass().add(Styles.SMALL);
        Hyperlink docs = new Hyperlink("Open API docs", FontIcon.of(Feather.EXTERNAL_LINK));
        docs.setId("api-open-docs");
        docs.setOnAction(event -> server.openDocs());
        for (javafx.scene.Node listening : new javafx.scene.Node[] {copy, docs}) {
            listening.visibleProperty().bind(server.urlProperty().isNotEmpty());
            listening.managedProperty().bind(listening.visibleProperty());
        }
        HBox row = new HBox(12, Forms.caption("Status"), state, copy, docs, Forms.status("api-notice", server.notice()));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static VBox switches(GeneralSettingsModel settings) {
        CheckBox serve = new CheckBox("Serve the REST API");
        serve.setId("api-enabled");
        serve.getStyleClass().add(Styles.TEXT_BOLD);
        serve.selectedProperty().bindBidirectional(settings.flag(Settings.API_ENABLED));
        CheckBox metrics = new CheckBox("Serve /metrics without a token");
        metrics.setId("api-metrics-open");
        metrics.selectedProperty().bindBidirectional(settings.flag(Settings.API_METRICS_OPEN));
        metrics.setMinWidth(Region.USE_PREF_SIZE);
        HBox metricsRow = new HBox(12, metrics, Forms.muted("for a Prometheus that cannot send a token: anyone who "
                + "reaches the address then reads run counts and task names"));
        metricsRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, serve, metricsRow);
    }

    private static VBox server(GeneralSettingsModel settings, ApiServerModel server) {
        GridPane grid = Forms.grid();
        int row = Forms.addField(grid, 0, "Address", "api-address", settings.apiAddress, 200, "",
                "HOST:PORT, or a port alone for this computer only");
        row = Forms.addFileField(grid, row, "TLS certificate", "api-tls-cert", settings.apiCert, 260,
                "Choose the TLS certificate (PEM)", "PEM, with its chain");
        Forms.addFileField(grid, row, "TLS private key", "api-tls-key", settings.apiKey, 260,
                "Choose the TLS private key (PEM)", "PEM, not encrypted");
        Label hint = new Label();
        hint.setId("api-address-hint");
        hint.setGraphic(FontIcon.of(Feather.ALERT_TRIANGLE));
        hint.setWrapText(true);
        hint.getStyleClass().addAll("settings-banner", Styles.WARNING);
        hint.textProperty().bind(server.addressHintProperty());
        hint.visibleProperty().bind(server.addressHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        return new VBox(8, grid, hint, Forms.muted("With a certificate and key the API answers over HTTPS; "
                + "without them over plain HTTP, which is fine on this computer only."));
    }
}
