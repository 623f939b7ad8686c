package io.kumo.ui.alerts;

import atlantafx.base.theme.Styles;
import io.kumo.ui.common.PaneView;
import java.util.function.LongConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Alerts pane: the Channels tab (the list, and the selected channel's Rules and Template) and the Delivery log tab,
 * which reads the log again every few seconds while it is shown.
 */
public final class AlertsView implements PaneView {

    static final Duration LOG_REFRESH = Duration.seconds(5);

    private final ChannelsViewModel channels;
    private final DeliveryLogViewModel log;
    private final VBox root = new VBox(12);
    private final TabPane tabs = new TabPane();
    private final Tab logTab;
    private final Timeline logTick;

    public AlertsView(ChannelsViewModel channels, DeliveryLogViewModel log, LongConsumer openRun) {
        this.channels = channels;
        this.log = log;
        RulesViewModel rules = new RulesViewModel(channels);
        TemplateViewModel template = new TemplateViewModel(channels);

        TabPane details = new TabPane(tab("Rules", "alerts-tab-rules", RulesSection.create(rules)),
                tab("Template", "alerts-tab-template", TemplateSection.create(template)));
        details.setId("channel-details");
        SplitPane split = new SplitPane(ChannelsSection.create(channels), details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        split.setPadding(new Insets(8, 0, 0, 0));

        ObservableList<ChannelChoice> names = FXCollections.observableArrayList();
        channels.rows().addListener((ListChangeListener<ChannelItem>) change ->
                names.setAll(channels.rows().stream().map(item -> new ChannelChoice(item.view().id(), item.name())).toList()));
        VBox logBox = DeliveryLogSection.create(log, names, openRun);
        logBox.setPadding(new Insets(8, 0, 0, 0));
        logTab = tab("Delivery log", "alerts-tab-log", logBox);
        tabs.getTabs().addAll(tab("Channels", "alerts-tab-channels", split), logTab);
        tabs.setId("alerts-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        logTick = new Timeline(new KeyFrame(LOG_REFRESH, event -> log.refresh()));
        logTick.setCycleCount(Animation.INDEFINITE);
        logTab.selectedProperty().subscribe(selected -> {
            if (selected && root.getScene() != null) {
                log.refresh();
            }
        });

        Label title = new Label("Alerts");
        title.getStyleClass().add(Styles.TITLE_2);
        root.getChildren().addAll(title, tabs);
        root.setPadding(new Insets(24));
        root.setId("pane-alerts");
        // the selected channel's rules and template: nothing to edit while none is selected
        details.disableProperty().bind(channels.selectedProperty().isNull());
    }

    /** Shows the delivery log tab (after a test, say). */
    public void showLog() {
        tabs.getSelectionModel().select(logTab);
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        channels.refresh();
        log.refresh();
        logTick.play();
    }

    @Override
    public void onHide() {
        logTick.stop();
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return label;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }
}
