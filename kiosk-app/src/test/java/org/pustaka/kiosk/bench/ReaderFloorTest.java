package org.pustaka.kiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReaderFloorTest {

    @Test
    void aPassIsOneInventoryAReadAndAnAfiWritePerTagAndOneVerifyingInventory() {
        ReaderFloor twelveTags = ReaderFloor.ofStack(12);

        assertThat(twelveTags.commandsPerPass()).isEqualTo(26);
        assertThat(twelveTags.commandsPerRound()).isEqualTo(52);
    }

    @Test
    void aStackWithoutTagsIsRefusedWithASentence() {
        assertThatThrownBy(() -> ReaderFloor.ofStack(0)).hasMessageContaining("at least one tag");
    }
}
