package io.kumo.insights.errors;

/**
 * What classifying one failed run gave.
 *
 * @param newGroup true when no run had this fingerprint before: the "new error" alert goes out
 */
public record Classification(long runId, ErrorSignature signature, boolean newGroup) {
}
