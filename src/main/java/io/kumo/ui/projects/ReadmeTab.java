package io.kumo.ui.projects;

import io.kumo.project.Readme;
import io.kumo.project.ReadmeLink;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.LinkOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.concurrent.Worker;
import javafx.scene.control.Tab;
import javafx.scene.web.WebView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.EventTarget;
import org.w3c.dom.html.HTMLAnchorElement;

/**
 * The project's README rendered in a web view. JavaScript is off, so raw HTML in a README cannot run scripts; link
 * clicks are caught on the page: web addresses go to the browser (the injected opener), project files to the editor.
 * Relative images load from the project folder.
 */
final class ReadmeTab extends Tab {

    static final String VIEW_ID = "readme-view";

    private final Path folder;
    private final BackgroundExecutor background;
    private final WebView view = new WebView();
    private Path file;

    ReadmeTab(Path folder, BackgroundExecutor background, LinkOpener links, Consumer<String> openFile, Runnable cannotOpen) {
        super("README");
        this.folder = folder;
        this.background = background;
        setGraphic(FontIcon.of(Feather.BOOK_OPEN));
        view.setId(VIEW_ID);
        view.setContextMenuEnabled(false);
        view.getEngine().setJavaScriptEnabled(false);
        view.getEngine().getLoadWorker().stateProperty().subscribe(state -> {
            if (state == Worker.State.SUCCEEDED) {
                catchLinks(links, openFile, cannotOpen);
            }
        });
        setContent(view);
    }

    private void catchLinks(LinkOpener links, Consumer<String> openFile, Runnable cannotOpen) {
        NodeList anchors = view.getEngine().getDocument().getElementsByTagName("a");
        for (int i = 0; i < anchors.getLength(); i++) {
            HTMLAnchorElement anchor = (HTMLAnchorElement) anchors.item(i);
            ((EventTarget) anchor).addEventListener("click", event -> {
                event.preventDefault();
                switch (ReadmeLink.of(anchor.getHref(), folder)) {
                    case ReadmeLink.Web web -> links.open(web.url(), cannotOpen);
                    case ReadmeLink.ProjectFile projectFile -> openFile.accept(projectFile.relativePath());
                    case ReadmeLink.Nothing nothing -> { }
                }
            }, false);
        }
    }

    /** Reads and renders the README again (after it was saved, or the theme changed); empty when there is none. */
    void refresh(Consumer<Boolean> found) {
        boolean dark = String.valueOf(Application.getUserAgentStylesheet()).toLowerCase(java.util.Locale.ROOT).contains("dark");
        background.run(() -> render(folder, dark), rendered -> {
            file = rendered == null ? null : rendered.file();
            if (rendered != null) {
                view.getEngine().loadContent(rendered.html());
            }
            found.accept(rendered != null);
        }, error -> found.accept(false));
    }

    private record Rendered(Path file, String html) {
    }

    private static Rendered render(Path folder, boolean dark) throws java.io.IOException {
        Path readme = Readme.find(folder).orElse(null);
        return readme == null ? null : new Rendered(readme, Readme.page(Files.readString(readme), folder, dark));
    }

    /** Whether {@code path} (relative to the project folder) is the README shown here. */
    boolean shows(String relativePath) {
        return file != null && folder.resolve(relativePath).normalize().equals(file.normalize());
    }

    WebView view() {
        return view;
    }
}
