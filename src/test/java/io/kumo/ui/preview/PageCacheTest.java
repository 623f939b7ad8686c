package io.kumo.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    @Test
    void aFailedPageIsNotAskedForAgainUntilRetriedOrCleared() {
        PageCache cache = new PageCache();
        assertThat(cache.startLoading(3)).isTrue();
        cache.failed(3);

        assertThat(cache.startLoading(3)).isFalse();
        assertThat(cache.hasFailed()).isTrue();

        cache.retryFailed();
        assertThat(cache.startLoading(3)).isTrue();
        cache.failed(3);
        cache.clear();
        assertThat(cache.startLoading(3)).isTrue();
        cache.loaded(3, List.of(List.of("x")));
        assertThat(cache.startLoading(3)).isFalse();
    }
}
