package io.kumo.code.lsp;

import java.util.List;

/** The Python language servers Kumo can drive, in order of preference, with the pip package that provides each. */
public enum LanguageServerKind {
    PYLSP("pylsp", "python-lsp-server", "pylsp", List.of()),
    JEDI("jedi-language-server", "jedi-language-server", "jedi-language-server", List.of()),
    PYRIGHT("pyright", "pyright", "pyright-langserver", List.of("--stdio")),
    BASEDPYRIGHT("basedpyright", "basedpyright", "basedpyright-langserver", List.of("--stdio"));

    private final String displayName;
    private final String packageName;
    private final String executable;
    private final List<String> arguments;

    LanguageServerKind(String displayName, String packageName, String executable, List<String> arguments) {
        this.displayName = displayName;
        this.packageName = packageName;
        this.executable = executable;
        this.arguments = arguments;
    }

    public String displayName() {
        return displayName;
    }

    /** The pip package that installs this server. */
    public String packageName() {
        return packageName;
    }

    /** The program's name in an environment's bin folder. */
    public String executable() {
        return executable;
    }

    /** What the program needs to speak LSP over stdin/stdout. */
    public List<String> arguments() {
        return arguments;
    }
}
