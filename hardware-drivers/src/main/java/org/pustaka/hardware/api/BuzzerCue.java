package org.pustaka.hardware.api;

/** Short sounds that back up what the screen shows, for visitors who do not look at it. */
public enum BuzzerCue {
    /** One short beep: an item was accepted. */
    ACCEPT,
    /** Two low beeps: an item was refused. */
    REFUSE,
    /** Three beeps: please look at the screen (timeout warning, see staff). */
    ATTENTION,
    /** A tick: a key or button was pressed. */
    KEY
}
