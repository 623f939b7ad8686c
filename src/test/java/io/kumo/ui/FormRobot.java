package io.kumo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Typing into a pane's fields and reading its labels, as the form panes' tests do. */
final class FormRobot {

    private final FxRobot robot;

    FormRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** Selects the field's text and types {@code text} over it, as a user would. */
    void replaceText(String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(query)).isEqualTo(text);
    }

    String text(String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}
