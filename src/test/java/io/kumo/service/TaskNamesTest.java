package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"nightly", "ETL v2.1", "a_b", "a b", "Übersicht-täglich", "x", "..a", "a.."})
    void acceptsLettersDigitsSpacesAndDotUnderscoreDash(String name) {
        assertThatCode(() -> TaskNames.check(name)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\tb", "\u001b[31mred", "a\u202Eb", "a\u0000b", "a\u2028b"})
    void refusesLineBreaksControlAndFormatCharacters(String name) {
        assertThatThrownBy(() -> TaskNames.check(name)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("has a line break or control character").hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a\\b", "$(rm)", "a:b", "*", "a'b"})
    void refusesPathSeparatorsAndOtherSigns(String name) {
        assertThatThrownBy(() -> TaskNames.check(name)).hasMessageStartingWith("name: '" + name + "' has '");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void refusesDotAndDotDot(String name) {
        assertThatThrownBy(() -> TaskNames.check(name)).hasMessageStartingWith("name: '" + name + "' is not a name");
    }

    @Test
    void refusesEmptyOverlongAndPaddedNames() {
        assertThatThrownBy(() -> TaskNames.check("")).hasMessage("name: must not be empty");
        assertThatThrownBy(() -> TaskNames.check("n".repeat(101))).hasMessage("name: at most 100 characters (this one has 101)");
        assertThatThrownBy(() -> TaskNames.check(" a")).hasMessageStartingWith("name: ' a' starts or ends with a space");
        assertThatCode(() -> TaskNames.check("n".repeat(100))).doesNotThrowAnyException();
    }
}
