package io.kumo.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemaTest {

    @Test
    void aNullableEnumListsNullAmongItsValuesOnce() {
        JsonSchema handlerOn = JsonSchema.oneOf("success", "failure").nullable().nullable();

        assertThat(handlerOn.node().get("type")).isEqualTo(List.of("string", "null"));
        assertThat((List<?>) handlerOn.node().get("enum")).isEqualTo(Arrays.asList("success", "failure", null));
    }

    @Test
    void aNullableSchemaWithoutEnumGetsNoEnum() {
        assertThat(JsonSchema.string().nullable().node()).doesNotContainKey("enum").containsEntry("type", List.of("string", "null"));
    }
}
