package org.pustaka.hardware.api;

/** What the status lights tell staff across the room. */
public enum LightPattern {
    /** Green steady: ready for the next visitor. */
    READY,
    /** Green blinking: working on the visitor's request. */
    BUSY,
    /** Amber blinking: a visitor needs staff (refused item, tag not secured). */
    ATTENTION,
    /** Amber steady: library system offline, working from the local store. */
    OFFLINE,
    /** Red steady: the kiosk cannot serve (reader failed, no paper and receipts required). */
    OUT_OF_ORDER,
    /** All lights off. */
    OFF
}
