package org.pustaka.hardware.gpio.pi4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.BuzzerCue;

class Pi4jBuzzerTest {
    private final Context context = Pi4jContexts.mock();
    private final Pi4jBuzzer buzzer = new Pi4jBuzzer(context, 18, Duration.ofMillis(1));
    private final List<DigitalState> changes = new CopyOnWriteArrayList<>();

    @AfterEach
    void shutdown() {
        context.shutdown();
    }

    private DigitalOutput pin() {
        return context.registry().get("buzzer", DigitalOutput.class);
    }

    @Test
    void refusalSoundsTwoBeepsAndEndsSilent() {
        pin().addListener(e -> changes.add(e.state()));
        buzzer.play(BuzzerCue.REFUSE);
        buzzer.close();
        assertThat(changes).containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW);
        assertThat(pin().isHigh()).isFalse();
        assertThat(pin().address()).isEqualTo(18);
    }

    @Test
    void cuesPlayInOrderWithoutOverlapping() {
        pin().addListener(e -> changes.add(e.state()));
        buzzer.play(BuzzerCue.ACCEPT);
        buzzer.play(BuzzerCue.ATTENTION);
        buzzer.close();
        long beeps = changes.stream().filter(s -> s == DigitalState.HIGH).count();
        assertThat(beeps).isEqualTo(1 + 3);
        assertThat(changes.get(changes.size() - 1)).isEqualTo(DigitalState.LOW);
    }

    @Test
    void everyCueHasABeepFirst() {
        for (BuzzerCue cue : BuzzerCue.values()) {
            int[] r = Pi4jBuzzer.rhythm(cue);
            assertThat(r.length % 2).as(cue.name()).isEqualTo(1);
        }
        assertThat(Pi4jBuzzer.rhythm(BuzzerCue.KEY)).hasSize(1);
    }

    @Test
    void playAfterCloseIsIgnored() {
        buzzer.close();
        buzzer.play(BuzzerCue.KEY);
        assertThat(pin().isHigh()).isFalse();
    }
}
