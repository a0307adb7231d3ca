package org.pustaka.hardware.card.hid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pustaka.hardware.card.hid.BurstDetector.Action;

class BurstDetectorTest {
    private final BurstDetector d = new BurstDetector(40, 4);

    private BurstDetector.Decision type(String text, long start, long gap) {
        BurstDetector.Decision last = null;
        for (int i = 0; i < text.length(); i++) {
            last = d.character(text.charAt(i), start + i * gap);
        }
        return last;
    }

    @Test
    void fastBurstEndedByEnterIsAScan() {
        type("0012345", 1_000, 5);
        BurstDetector.Decision enter = d.enter(1_000 + 7 * 5);
        assertThat(enter.action()).isEqualTo(Action.SCAN);
        assertThat(enter.text()).isEqualTo("0012345");
        assertThat(d.holding()).isFalse();
    }

    @Test
    void humanSpeedGivesEveryKeyBackAsTyping() {
        assertThat(d.character('1', 0).action()).isEqualTo(Action.NONE);
        assertThat(d.character('2', 300).action()).isEqualTo(Action.TYPED);
        assertThat(d.quiet(600).action()).isEqualTo(Action.TYPED);
        assertThat(d.enter(900).action()).isEqualTo(Action.NONE);
    }

    @Test
    void slowEnterAfterAFastBurstIsNotAScan() {
        type("12345", 0, 5);
        assertThat(d.enter(500).action()).isEqualTo(Action.PARTIAL);
    }

    @Test
    void aBurstThatStopsWithoutEnterIsAPartialScan() {
        type("123456", 0, 5);
        assertThat(d.quiet(20).action()).isEqualTo(Action.NONE);
        assertThat(d.quiet(100).action()).isEqualTo(Action.PARTIAL);
        assertThat(d.holding()).isFalse();
    }

    @Test
    void tooShortABurstIsTyping() {
        type("12", 0, 5);
        assertThat(d.enter(15).action()).isEqualTo(Action.TYPED);
    }

    @Test
    void aGapInsideTheBurstSplitsIt() {
        type("12", 0, 5);
        assertThat(d.character('3', 200).action()).isEqualTo(Action.TYPED);
        type("4567", 205, 5);
        assertThat(d.enter(230).text()).isEqualTo("34567");
    }

    @Test
    void anotherKeyReleasesWhatWasHeld() {
        type("12", 0, 5);
        assertThat(d.otherKey().action()).isEqualTo(Action.TYPED);
        assertThat(d.otherKey().action()).isEqualTo(Action.NONE);
    }
}
