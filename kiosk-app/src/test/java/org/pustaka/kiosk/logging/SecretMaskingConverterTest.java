package org.pustaka.kiosk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskingConverterTest {

    @Test
    void namedSecretsAreMasked() {
        assertThat(SecretMaskingConverter.mask("login with password=rahasia and pin: 1234, token=\"abc.def\""))
                .isEqualTo("login with password=**** and pin: ****, token=\"****\"");
    }

    @Test
    void bearerTokensAreMasked() {
        assertThat(SecretMaskingConverter.mask("Authorization: Bearer eyJhbGciOi.xyz"))
                .isEqualTo("Authorization: Bearer ****");
    }

    @Test
    void sip2PasswordsAreMaskedAndPatronNumbersShortened() {
        String raw = "11YN20261128    10000020261128    100000AOMLG|AA2024000123|AB30000101|AC|AD1234|BON|AY1AZEB80";
        assertThat(SecretMaskingConverter.mask(raw))
                .contains("|AA******0123|")
                .contains("|AD****|")
                .doesNotContain("1234|")
                .contains("|AB30000101|");
    }

    @Test
    void sip2LoginPasswordIsMasked() {
        String login = "9300CNkiosk|COs3cret|CPMALANG|AY0AZF00F";
        assertThat(SecretMaskingConverter.mask(login)).doesNotContain("s3cret").contains("CNkiosk");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "Checkout of 30000101 accepted, due 2026-12-12";
        assertThat(SecretMaskingConverter.mask(text)).isEqualTo(text);
    }
}
