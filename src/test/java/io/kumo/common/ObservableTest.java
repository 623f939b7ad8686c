package io.kumo.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservableTest {

    @Test
    void observeHearsTheCurrentValueFirstAndOnChangeOnlyChanges() {
        Observable<String> value = new Observable<>("a");
        List<String> observed = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        value.observe(observed::add);
        Observable.Pin pin = value.onChange(changes::add);

        value.set("b");
        value.set("b");
        pin.close();
        value.set("c");

        assertThat(observed).containsExactly("a", "b", "c");
        assertThat(changes).containsExactly("b");
    }
}
