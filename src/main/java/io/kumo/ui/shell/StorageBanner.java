package io.kumo.ui.shell;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A danger message across the top of the panes, bound to {@link StorageBannerViewModel}; no space taken when hidden. */
public final class StorageBanner extends Message {

    public StorageBanner(StorageBannerViewModel model) {
        super("", "", FontIcon.of(Feather.HARD_DRIVE, 20));
        setId("storage-banner");
        getStyleClass().addAll(Styles.DANGER, "storage-banner");
        titleProperty().bind(model.titleProperty());
        descriptionProperty().bind(model.detailProperty());
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(model.shownProperty());
    }
}
