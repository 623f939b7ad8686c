package io.kumo.ui.settings;

import io.kumo.api.ApiRole;

/** A token the New token dialog asks for. */
record TokenDraft(String name, ApiRole role, TokenExpiry expiry) {
}
