package org.pustaka.hardware.gpio.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.BuzzerCue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An active buzzer on one GPIO pin (high sounds it) through Pi4J 2. {@link #play} queues the cue on the
 * driver's own thread and returns; cues play one after the other and never overlap. Beep lengths are
 * multiples of {@code unit} (40 ms on a kiosk) so the rhythm stays recognisable.
 */
public final class Pi4jBuzzer implements Buzzer {
    public static final Duration DEFAULT_UNIT = Duration.ofMillis(40);
    private static final Logger LOG = LoggerFactory.getLogger(Pi4jBuzzer.class);

    private final DigitalOutput pin;
    private final Duration unit;
    private final ExecutorService player;

    /** A buzzer on BCM pin {@code bcmPin} of an explicitly built {@code context} (see {@link Pi4jContexts}). */
    public Pi4jBuzzer(Context context, int bcmPin, Duration unit) {
        this.pin = Pi4jOutputs.create(context, "buzzer", bcmPin);
        this.unit = unit;
        this.player = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "buzzer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The rhythm of a cue in units: on, off, on, off... ACCEPT one short beep, REFUSE two long low
     * beeps, ATTENTION three beeps, KEY a tick.
     */
    static int[] rhythm(BuzzerCue cue) {
        return switch (cue) {
            case ACCEPT -> new int[] {3};
            case REFUSE -> new int[] {6, 3, 6};
            case ATTENTION -> new int[] {3, 2, 3, 2, 3};
            case KEY -> new int[] {1};
        };
    }

    @Override
    public void play(BuzzerCue cue) {
        try {
            player.execute(() -> sound(rhythm(cue)));
        } catch (RuntimeException e) {
            LOG.debug("buzzer closed, cue {} dropped", cue);
        }
    }

    private void sound(int[] rhythm) {
        try {
            for (int i = 0; i < rhythm.length; i++) {
                pin.state(i % 2 == 0 ? DigitalState.HIGH : DigitalState.LOW);
                Thread.sleep(unit.toMillis() * rhythm[i]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("The buzzer on GPIO {} cannot be driven: {}", pin.address(), e.getMessage());
        } finally {
            try {
                pin.low();
            } catch (RuntimeException e) {
                LOG.debug("buzzer pin stays as it was: {}", e.getMessage());
            }
        }
    }

    /** Waits until every queued cue has played (for an orderly shutdown), then releases the thread. */
    @Override
    public void close() {
        player.shutdown();
        try {
            player.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
