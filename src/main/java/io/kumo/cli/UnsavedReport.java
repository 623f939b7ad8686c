package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.storage.DiskFullException;
import io.kumo.storage.StorageState;
import java.io.PrintWriter;

/** The one line a stop prints when it could not save everything, and its exit code. */
final class UnsavedReport {

    private UnsavedReport() {
    }

    static int print(KumoCore core, PrintWriter err) {
        StorageState storage = core.storage().state().get();
        String why = storage.full() ? DiskFullException.describe(core.dataDirectory().root(), storage.freeBytes()) + ": " : "";
        err.println("kumo: " + why + "not saved at shutdown: " + String.join("; ", core.unsavedAtClose()));
        err.flush();
        return ExitCodes.FAILURE;
    }
}
