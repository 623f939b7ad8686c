package io.kumo.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Dialogs without a window: errors are kept, confirmations answered as told. */
public final class RecordingDialogs extends DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();
    public boolean answer = true;

    public RecordingDialogs() {
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
