package org.pustaka.kiosk.pin;

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
    void patronHashIsSaltedPbkdf2ThatOnlyTheRightPinMatches() {
        String hash = PinHash.patronHash("1234");
        assertThat(hash).contains(":").doesNotContain("1234").doesNotStartWith("$");
        assertThat(PinHash.matches("1234", hash)).isTrue();
        assertThat(PinHash.matches("1235", hash)).isFalse();
        assertThat(PinHash.patronHash("1234")).isNotEqualTo(hash);
        assertThat(PinHash.recognised(hash)).as("not a technician hash").isFalse();
    }

    @Test
    void patronKeyIsTheCardNumbersSha256() {
        assertThat(PinHash.patronKey("2024000123")).hasSize(64).doesNotContain("2024000123")
                .isEqualTo(PinHash.patronKey("2024000123")).isNotEqualTo(PinHash.patronKey("2024000124"));
        assertThat(PinHash.patronKey("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void acceptablePins() {
        assertThat(PinHash.acceptable("4821")).isTrue();
        assertThat(PinHash.acceptable("123")).isFalse();
        assertThat(PinHash.acceptable("12a4")).isFalse();
        assertThat(PinHash.acceptable("1234567890123")).isFalse();
    }
}
