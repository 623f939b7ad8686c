package io.kumo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.settings.Settings;
import org.junit.jupiter.api.Test;

class SettingFieldTest {

    @Test
    void integersOutsideTheRangeAreRefusedWithTheRange() {
        SettingField<Integer> field = SettingField.integer(Settings.MAX_CONCURRENT_RUNS);
        assertThat(field.textProperty().get()).isEqualTo("4");
        field.textProperty().set("501");
        assertThat(field.errorProperty().get()).isEqualTo("Enter a whole number from 1 to 500");
        assertThat(field.value()).isEmpty();
        field.textProperty().set("abc");
        assertThat(field.errorProperty().get()).isEqualTo("Enter a whole number from 1 to 500");
        field.textProperty().set(" 12 ");
        assertThat(field.errorProperty().get()).isEmpty();
        assertThat(field.value()).contains(12);
        assertThat(field.isDirty()).isTrue();
        assertThat(field.changes(12)).isTrue();
    }

    @Test
    void savedValueIsShownNormalised() {
        SettingField<Integer> field = SettingField.integer(Settings.MAX_CONCURRENT_RUNS);
        field.textProperty().set("08");
        field.saved(8);
        assertThat(field.textProperty().get()).isEqualTo("8");
        assertThat(field.isDirty()).isFalse();
    }

    @Test
    void proxiesNeedASchemeAndAHost() {
        SettingField<String> field = SettingField.proxy(Settings.HTTPS_PROXY);
        field.textProperty().set("proxy.example.com:8080");
        assertThat(field.errorProperty().get()).startsWith("Enter a URL");
        field.textProperty().set("ftp://proxy.example.com");
        assertThat(field.errorProperty().get()).startsWith("Enter a URL");
        field.textProperty().set("http://user:pw@proxy.example.com:8080");
        assertThat(field.errorProperty().get()).isEmpty();
        field.textProperty().set("  ");
        assertThat(field.value()).contains("");
    }

    @Test
    void noProxyListIsCommaSeparatedWithoutSpaces() {
        SettingField<String> field = SettingField.hostList(Settings.NO_PROXY);
        field.textProperty().set("localhost , 127.0.0.1,.corp.example.com");
        assertThat(field.value()).contains("localhost,127.0.0.1,.corp.example.com");
        field.textProperty().set("local host");
        assertThat(field.errorProperty().get()).startsWith("Separate the hosts with commas");
        field.textProperty().set("a,,b");
        assertThat(field.value()).isEmpty();
    }
}
