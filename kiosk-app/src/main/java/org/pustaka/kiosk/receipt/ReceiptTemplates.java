package org.pustaka.kiosk.receipt;

import java.time.Instant;
import java.util.Objects;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.api.ReceiptLine;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.visits.GradeLevel;

/**
 * Composes receipts from domain data in Bahasa Indonesia ({@code id}) or English ({@code en}); any
 * other language code gets Indonesian, the kiosk's first language. Receipts are printer-independent
 * {@link Receipt}s: the printer driver lays them out for 58 or 80 mm paper. Stateless and thread-safe.
 */
public final class ReceiptTemplates {
    private final ReceiptHeader header;

    public ReceiptTemplates(ReceiptHeader header) {
        this.header = Objects.requireNonNull(header, "header");
    }

    /** A loan, return or renewal receipt. */
    public Receipt visit(VisitReceipt visit, String language) {
        ReceiptWords w = words(language);
        Receipt.Builder b = top(w, w.text("title." + visit.kind().name()), visit.time());
        new VisitLines(w).add(b, visit);
        return b.build();
    }

    /**
     * A ticket for a library event, with the registration id as a QR code for the door and the short
     * code to read; a waitlisted sign-up gets a waiting-list slip instead, which admits nobody.
     */
    public Receipt eventTicket(EventTicket ticket, String language) {
        ReceiptWords w = words(language);
        boolean waiting = ticket.waitlistPosition() > 0;
        Receipt.Builder b = top(w, w.text(waiting ? "title.WAITLIST" : "title.EVENT"), null);
        b.add(new ReceiptLine.Text(ticket.eventTitle(), ReceiptLine.Align.CENTER, true, false));
        b.columns(w.text("label.date"), w.dateTime(ticket.start()));
        if (!ticket.room().isEmpty()) {
            b.columns(w.text("label.room"), ticket.room());
        }
        b.columns(w.text("label.party"), Integer.toString(ticket.partySize()));
        b.columns(w.text("label.registration"), ticket.registrationCode());
        if (waiting) {
            b.add(new ReceiptLine.Text(w.text("event.waitlist", Integer.toString(ticket.waitlistPosition())),
                    ReceiptLine.Align.LEFT, true, false));
            b.text(w.text("event.waitlistNote"));
        } else {
            b.blank().qr(ticket.registrationId()).centered(ticket.registrationCode());
            b.text(w.text("event.show"));
        }
        return printed(b, w, ticket.issuedAt());
    }

    /** The slip for a booked school visit, with the confirmation code as a QR code. */
    public Receipt visitSlip(VisitSlip slip, String language) {
        ReceiptWords w = words(language);
        Receipt.Builder b = top(w, w.text("title.VISIT"), null);
        b.add(new ReceiptLine.Text(slip.schoolName(), ReceiptLine.Align.CENTER, true, false));
        if (!slip.npsn().isEmpty()) {
            b.columns(w.text("label.npsn"), slip.npsn());
        }
        if (!slip.teacherName().isEmpty()) {
            b.columns(w.text("label.teacher"), slip.teacherName());
        }
        b.columns(w.text("label.date"), w.dateTime(slip.start()));
        b.columns(w.text("label.students"), Integer.toString(slip.students()));
        if (!slip.grade().isEmpty()) {
            b.columns(w.text("label.grade"), slip.grade());
        }
        b.columns(w.text("label.code"), slip.confirmationCode());
        b.blank().qr(slip.confirmationCode()).centered(slip.confirmationCode());
        b.text(w.text("visit.show"));
        return printed(b, w, slip.issuedAt());
    }

    /** A school's grade level as the slip names it in {@code language}. */
    String grade(GradeLevel grade, String language) {
        return words(language).text("grade." + grade.name());
    }

    /**
     * The technician's printer test page: bold and large text, the accented letters the code page must
     * print, a rule across the paper and a QR code, so one look shows width, code page, QR and cutter.
     */
    public Receipt testPage(Instant now, String language) {
        ReceiptWords w = words(language);
        Receipt.Builder b = top(w, w.text("title.TEST"), now);
        b.add(new ReceiptLine.Text(w.text("test.bold"), ReceiptLine.Align.LEFT, true, false));
        b.add(new ReceiptLine.Text(w.text("test.large"), ReceiptLine.Align.LEFT, false, true));
        b.text(w.text("test.letters") + " Saint-Exupéry, Gabriel García Márquez, Günter Grass");
        b.columns(w.text("test.money"), w.money(Money.rupiah(7_500)));
        b.columns(w.text("test.left"), w.text("test.right"));
        b.centered(w.text("test.center"));
        b.blank().qr("PUSTAKA-TEST " + header.kioskId()).centered(w.text("test.qr"));
        b.text(w.text("test.cut"));
        bottom(b, w);
        return b.build();
    }

    private ReceiptWords words(String language) {
        return new ReceiptWords(language, header.zone());
    }

    /**
     * A new receipt with its top: the library, the receipt title, the time of the transaction (null on
     * tickets and slips) and the kiosk.
     */
    private Receipt.Builder top(ReceiptWords w, String title, Instant time) {
        Receipt.Builder b = Receipt.builder();
        b.heading(header.libraryName());
        if (!header.libraryAddress().isEmpty()) {
            b.centered(header.libraryAddress());
        }
        b.rule();
        b.add(new ReceiptLine.Text(title, ReceiptLine.Align.CENTER, true, false));
        if (time != null) {
            b.columns(w.text("label.time"), w.dateTime(time));
        }
        if (!header.kioskId().isEmpty()) {
            b.columns(w.text("label.kiosk"), header.kioskId());
        }
        return b;
    }

    /** The end of a ticket or slip: when it was printed (the time it was issued), then the thanks. */
    private static Receipt printed(Receipt.Builder b, ReceiptWords w, Instant issuedAt) {
        b.columns(w.text("label.printed"), w.dateTime(issuedAt));
        bottom(b, w);
        return b.build();
    }

    static void bottom(Receipt.Builder b, ReceiptWords w) {
        b.rule().centered(w.text("thanks"));
    }
}
