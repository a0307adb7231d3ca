package org.pustaka.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sip2LogMaskTest {
    private static final String DATE = "20261128    101500";

    @Test
    void masksLoginPasswordRightAfterTheFixedPart() {
        assertThat(Sip2LogMask.mask("9300COsecret|CNkiosk|AY0AZF490")).isEqualTo("9300CO****|CNkiosk|AY0AZF490");
        assertThat(Sip2LogMask.mask("9300CNkiosk|COsecret|CPMLG|")).isEqualTo("9300CNkiosk|CO****|CPMLG|");
    }

    @Test
    void masksPatronAndTerminalPasswordsWhereverTheyStand() {
        assertThat(Sip2LogMask.mask("63000" + DATE + "          AD1234|AOMLG|AA2024000123|ACterm|"))
                .isEqualTo("63000" + DATE + "          AD****|AOMLG|AA2024000123|AC****|");
    }

    @Test
    void leavesFixedFieldsThatLookLikeFieldIdsAlone() {
        String line = "11NN" + DATE + DATE + "AOMLG|";
        assertThat(Sip2LogMask.mask(line)).isEqualTo(line);
    }

    @Test
    void logLinesAlsoShortenThePatronNumber() {
        assertThat(Sip2LogMask.forLog("23000" + DATE + "AOMLG|AA2024000123|AC|AD1234|"))
                .isEqualTo("23000" + DATE + "AOMLG|AA******0123|AC****|AD****|");
    }
}
