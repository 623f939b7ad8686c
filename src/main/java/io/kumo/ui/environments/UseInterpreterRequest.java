package io.kumo.ui.environments;

import java.nio.file.Path;

/** An existing interpreter used as an environment, as it is. */
public record UseInterpreterRequest(String name, Path interpreter, boolean allowPackageChanges) {
}
