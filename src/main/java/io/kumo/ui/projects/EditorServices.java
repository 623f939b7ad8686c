package io.kumo.ui.projects;

import io.kumo.code.lsp.LanguageServers;

/**
 * What a project's editors work with besides its files: the checks and formatters of its environment (null: none),
 * its language server, and the snippets and link opener.
 */
record EditorServices(CodeTools tools, LanguageServers languageServers, EditorExtras extras) {
}
