package io.kumo.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrayIconTooltipTest {

    @Test
    void x11TrayHasNoTooltipToCoverItsMenu() {
        assertThat(TrayIcon.tooltip("Linux")).isEmpty();
        assertThat(TrayIcon.tooltip("FreeBSD")).isEmpty();
    }

    @Test
    void windowsAndMacKeepTheirTooltipWhichTheyHideWhenTheMenuOpens() {
        assertThat(TrayIcon.tooltip("Windows 11")).contains("Kumo");
        assertThat(TrayIcon.tooltip("Mac OS X")).contains("Kumo");
    }
}
