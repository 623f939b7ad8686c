package io.kumo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.common.ValidationException;
import io.kumo.service.TaskVariables.Variable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskVariablesTest {

    @Test
    void valuesWithEqualsSignsQuotesAndLineBreaksRoundTripInOrder() {
        List<Variable> variables = List.of(new Variable("Z_LAST", "a=b=c"), new Variable("QUERY", "x=\"1\" and y='2'"),
                new Variable("PEM", "-----BEGIN-----\nline 2\r\nline 3\n"), new Variable("EMPTY", ""),
                new Variable("_unicode", "Grüße ☁ \\ backslash"));

        String stored = TaskVariables.encode(variables);

        assertThat(TaskVariables.decode(stored)).containsExactlyElementsOf(variables);
        assertThat(TaskVariables.decodeMap(stored)).containsExactly(Map.entry("Z_LAST", "a=b=c"),
                Map.entry("QUERY", "x=\"1\" and y='2'"), Map.entry("PEM", "-----BEGIN-----\nline 2\r\nline 3\n"),
                Map.entry("EMPTY", ""), Map.entry("_unicode", "Grüße ☁ \\ backslash"));
    }

    @Test
    void aMapEncodesInItsOrderAndANullValueAsEmpty() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("B", "2");
        values.put("A", null);

        assertThat(TaskVariables.encode(values)).isEqualTo("{\"B\":\"2\",\"A\":\"\"}");
    }

    @Test
    void noVariablesAreStoredAsNothing() {
        assertThat(TaskVariables.encode(List.<Variable>of())).isNull();
        assertThat(TaskVariables.decode(null)).isEmpty();
        assertThat(TaskVariables.decode("  ")).isEmpty();
    }

    @Test
    void refusesANameThatIsNotAVariableNameOrIsSetTwice() {
        assertThatThrownBy(() -> TaskVariables.encode(List.of(new Variable("1X", "a"))))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("variables: '1X' is not a variable name");
        assertThatThrownBy(() -> TaskVariables.encode(List.of(new Variable("A-B", "a"))))
                .hasMessageStartingWith("variables: 'A-B' is not a variable name");
        assertThatThrownBy(() -> TaskVariables.encode(List.of(new Variable("A", "1"), new Variable("A", "2"))))
                .hasMessage("variables: A is set twice");
    }

    @Test
    void aStoredValueThatIsNotAJsonObjectIsRefusedWhenRead() {
        assertThatThrownBy(() -> TaskVariables.decode("{broken")).isInstanceOf(ValidationException.class)
                .hasMessage("variables: not valid JSON");
        assertThatThrownBy(() -> TaskVariables.decode("[1,2]")).hasMessage("variables: not a JSON object");
    }
}
