package org.pustaka.hardware.rfid;

/** A tag was missing from enough consecutive inventories to count as taken off the pad. */
public record TagLeft(String uid) {
}
