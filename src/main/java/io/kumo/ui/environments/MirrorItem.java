package io.kumo.ui.environments;

import io.kumo.domain.PypiMirror;

/** A package index as the mirror table shows it (a snapshot; the entity stays with the service). */
public record MirrorItem(String url, int order, boolean enabled, boolean trusted) {

    static MirrorItem of(PypiMirror mirror, int index) {
        return new MirrorItem(mirror.getUrl(), index + 1, mirror.isEnabled(), mirror.isTrusted());
    }
}
