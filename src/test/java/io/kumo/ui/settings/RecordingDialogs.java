package io.kumo.ui.settings;

import io.kumo.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;

/** Dialogs without a window: errors are kept, confirmations answered as told. */
final class RecordingDialogs extends DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    boolean answer = true;

    RecordingDialogs() {
        super(null);
    }

    @Override
    public void showError(String title, Throwable error) {
        errors.add(title + ": " + error.getMessage());
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add(title);
        return answer;
    }
}
