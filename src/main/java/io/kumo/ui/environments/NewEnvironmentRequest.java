package io.kumo.ui.environments;

import io.kumo.domain.EnvironmentKind;
import java.nio.file.Path;

/**
 * What the "New environment" dialog asks for: a venv from {@code interpreter}, or a conda environment with
 * {@code pythonVersion}. Also kept as the draft the dialog reopens with when creation was refused.
 */
public record NewEnvironmentRequest(String name, EnvironmentKind kind, Path interpreter, String pythonVersion) {
}
