package org.pustaka.kiosk.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a receipt is printed from: the visitor's card number (null for returns without a card; a
 * receipt shows it masked), the lines of the visit in order and the day of the visit.
 */
public record VisitRecord(String patronId, List<VisitLine> lines, LocalDate date) {
    public VisitRecord {
        lines = List.copyOf(lines);
        Objects.requireNonNull(date, "date");
    }
}
