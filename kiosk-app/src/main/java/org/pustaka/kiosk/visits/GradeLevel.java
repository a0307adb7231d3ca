package org.pustaka.kiosk.visits;

/**
 * The class level of a visiting group, in the bands the library plans visits by. Madrasah levels map to
 * the same bands (RA to TK, MI to SD, MTs to SMP, MA to SMA/SMK); SLB is a special-needs school of any
 * level, for which staff prepare accessible rooms and materials. The screen and the slip say each in the
 * visitor's language under the key {@code grade.<NAME>} of their bundles.
 */
public enum GradeLevel {
    TK,
    SD_LOW,
    SD_HIGH,
    SMP,
    SMA_SMK,
    SLB
}
