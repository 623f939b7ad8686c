package io.kumo.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.ui.common.BackgroundExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NewestWinsTest {

    /** Holds each request until the test answers it, in any order. */
    static final class HeldBackground implements BackgroundExecutor {
        final List<Runnable> answers = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            answers.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        @Override
        public void close() {
        }
    }

    @Test
    void anAnswerToAnOlderRequestIsDroppedWhicheverComesBackFirst() {
        HeldBackground background = new HeldBackground();
        NewestWins requests = new NewestWins(background);
        List<String> shown = new ArrayList<>();
        requests.run(() -> "old filter", shown::add, error -> shown.add("error"));
        requests.run(() -> "new filter", shown::add, error -> shown.add("error"));

        background.answers.get(1).run();
        background.answers.get(0).run();

        assertThat(shown).containsExactly("new filter");
    }

    @Test
    void afterCancelNoPendingAnswerIsShown() {
        HeldBackground background = new HeldBackground();
        NewestWins requests = new NewestWins(background);
        List<String> shown = new ArrayList<>();
        requests.run(() -> "stale", shown::add, error -> shown.add("error"));
        requests.cancel();

        background.answers.getFirst().run();

        assertThat(shown).isEmpty();
    }
}
