package io.kumo.code.lsp;

import io.kumo.domain.PythonEnvironment;
import java.util.Optional;

/**
 * What a project's editor can have: a language server found in its environment, or none, with the environment a server
 * can be installed into when Kumo may change its packages.
 */
public record ServerChoice(Optional<LanguageServerCommand> server, Optional<PythonEnvironment> installTarget) {

    /** The server offered for installation: pyright's wheel is pure Python and fetches its JavaScript part itself. */
    public static final LanguageServerKind OFFERED = LanguageServerKind.PYRIGHT;

    public static ServerChoice found(LanguageServerCommand command) {
        return new ServerChoice(Optional.of(command), Optional.empty());
    }

    public static ServerChoice none(Optional<PythonEnvironment> installTarget) {
        return new ServerChoice(Optional.empty(), installTarget);
    }
}
