package org.pustaka.hardware.api;

/**
 * The buzzer. {@link #play} returns at once and the driver sounds the cue on its own thread. Safe to
 * call from any thread; never throws.
 */
public interface Buzzer extends AutoCloseable {

    void play(BuzzerCue cue);

    @Override
    default void close() {
    }
}
