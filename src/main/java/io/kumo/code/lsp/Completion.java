package io.kumo.code.lsp;

/**
 * One completion proposal: what the list shows ({@code label}, its {@code kind} such as "function", a {@code detail}),
 * and the text that replaces the word being typed.
 */
public record Completion(String label, String kind, String detail, String insertText, String sortText) {
}
