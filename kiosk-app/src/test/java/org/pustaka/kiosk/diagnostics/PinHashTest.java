package org.pustaka.kiosk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinHashTest {

    @Test
    void hashIsArgon2idAndChecksOnlyTheRightPin() {
        String hash = PinHash.hash("4821");
        assertThat(hash).startsWith("$argon2id$").doesNotContain("4821");
        assertThat(PinHash.matches("4821", hash)).isTrue();
        assertThat(PinHash.matches("4822", hash)).isFalse();
        assertThat(PinHash.hash("4821")).isNotEqualTo(hash);
    }

    @Test
    void damagedOrForeignHashesMatchNothing() {
        assertThat(PinHash.matches("4821", "$argon2id$broken")).isFalse();
        assertThat(PinHash.matches("4821", "4821")).isFalse();
        assertThat(PinHash.matches("4821", null)).isFalse();
    }

    @Test
    void acceptablePins() {
        assertThat(PinHash.acceptable("4821")).isTrue();
        assertThat(PinHash.acceptable("123")).isFalse();
        assertThat(PinHash.acceptable("12a4")).isFalse();
        assertThat(PinHash.acceptable("1234567890123")).isFalse();
    }
}
