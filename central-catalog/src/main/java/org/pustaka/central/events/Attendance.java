package org.pustaka.central.events;

/** Whether a confirmed registrant came: hadir or tidak hadir. */
public enum Attendance {
    ATTENDED, ABSENT
}
