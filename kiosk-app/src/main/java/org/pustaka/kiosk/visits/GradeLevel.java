package org.pustaka.kiosk.visits;

import org.pustaka.kiosk.booking.Sentence;

/**
 * The class level of a visiting group, in the bands the library plans visits by. Madrasah levels map to
 * the same bands (RA to TK, MI to SD, MTs to SMP, MA to SMA/SMK); SLB is a special-needs school of any
 * level, for which staff prepare accessible rooms and materials.
 */
public enum GradeLevel {
    TK("TK / PAUD / RA", "Kindergarten"),
    SD_LOW("SD / MI kelas 1-3", "Primary, grades 1-3"),
    SD_HIGH("SD / MI kelas 4-6", "Primary, grades 4-6"),
    SMP("SMP / MTs kelas 7-9", "Junior secondary, grades 7-9"),
    SMA_SMK("SMA / SMK / MA kelas 10-12", "Senior secondary, grades 10-12"),
    SLB("SLB (sekolah luar biasa)", "Special-needs school");

    private final Sentence label;

    GradeLevel(String id, String en) {
        this.label = new Sentence(id, en);
    }

    public Sentence label() {
        return label;
    }
}
