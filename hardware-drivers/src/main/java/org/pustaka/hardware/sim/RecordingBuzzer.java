package org.pustaka.hardware.sim;

import java.util.ArrayList;
import java.util.List;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.BuzzerCue;

/** A buzzer that remembers the cues it played. */
public final class RecordingBuzzer implements Buzzer {
    private final List<BuzzerCue> played = new ArrayList<>();

    @Override
    public synchronized void play(BuzzerCue cue) {
        played.add(cue);
    }

    public synchronized List<BuzzerCue> played() {
        return List.copyOf(played);
    }
}
