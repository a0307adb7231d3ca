package org.pustaka.hardware.tag;

/**
 * How the reader delivered the tag's memory: as written, or with the four bytes of every block reversed
 * (some readers do that). The decoder finds out with the CRC.
 */
public enum BlockOrder {
    NORMAL,
    REVERSED
}
