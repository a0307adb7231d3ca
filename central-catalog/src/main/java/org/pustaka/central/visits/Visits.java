package org.pustaka.central.visits;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.store.Tx;

/**
 * School-visit slots and bookings: one class per slot. A booking locks its slot row; a slot held by another
 * booking is refused {@code SLOT_TAKEN} with up to three later free slots. Confirmation codes are
 * {@code KS} and six random characters without look-alikes, so a code cannot be guessed from another.
 * Staff define slots by term, confirm bookings with the school, and cancel them with a reason, which frees the
 * slot for the kiosks again. Every method blocks on the database.
 */
public final class Visits {
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Tx tx;
    private final Clock clock;
    private final ZoneId zone;
    private final VisitRepository repo = new VisitRepository();

    public Visits(Tx tx, Clock clock, ZoneId zone) {
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    public void addSlot(Slot slot) throws SQLException {
        tx.run(c -> {
            repo.insertSlot(c, slot);
            return null;
        });
    }

    /** Slots starting on the local dates {@code from} to {@code to}, both included, free or not. */
    public List<Slot> between(LocalDate from, LocalDate to) throws SQLException {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return tx.read(c -> repo.between(c, start, end, false, 10_000));
    }

    /** Books inside the caller's transaction (which stores the answer with it). */
    public Booking book(Connection c, String kioskId, BookingRequest b) throws SQLException {
        Slot slot = repo.lockSlot(c, b.slotId()).orElseThrow(() -> new Refused(Refused.Kind.NOT_FOUND, "SLOT_UNKNOWN",
                "Jadwal kunjungan ini tidak ada. Pilih jadwal dari daftar terbaru.",
                "There is no such visit slot. Choose one from the current list."));
        if (!slot.available()) {
            List<Slot> next = repo.between(c, slot.start().plusMillis(1), slot.start().plus(java.time.Duration.ofDays(366)), true, 3);
            throw new Refused(Refused.Kind.CONFLICT, "SLOT_TAKEN",
                    "Jadwal ini baru saja dipesan sekolah lain. Pilih jadwal lain.",
                    "Another school has just booked this slot. Choose another one.", next);
        }
        if (b.students() > slot.capacity()) {
            throw new Refused(Refused.Kind.REFUSED, "TOO_MANY_STUDENTS",
                    "Jadwal ini menerima paling banyak " + slot.capacity() + " siswa.",
                    "This slot takes at most " + slot.capacity() + " students.");
        }
        Instant now = clock.instant();
        String code = newCode();
        for (int attempt = 1; !repo.insertBooking(c, kioskId, b, code, now); attempt++) {
            if (attempt == 5) {
                throw new IllegalStateException("no free confirmation code after 5 draws for booking " + b.id());
            }
            code = newCode();
        }
        return new Booking(b.id(), code, new Slot(slot.id(), slot.start(), slot.end(), slot.room(), slot.capacity(), false),
                b.schoolName(), b.npsn(), b.teacherName(), b.students(), b.grade(), "CONFIRMED");
    }

    /**
     * What defining a term or a single slot did: slots added, slots skipped because they existed, and slots
     * skipped because another slot in the same room overlaps them.
     */
    public record Added(int added, int existing, int clashing) {
    }

    /**
     * Stores the term and adds its slots in one transaction; a slot with the same day, time and room as an
     * existing one is skipped (its bookings stay), and so is one that overlaps another slot in the same room. A
     * single slot ({@code term.name()} empty) stores no term row.
     */
    public Added addTerm(VisitTerm term, String staff) throws SQLException {
        return tx.run(c -> {
            Long termId = term.name().isEmpty() ? null : repo.insertTerm(c, term, staff, clock.instant());
            int added = 0;
            int clashing = 0;
            List<Slot> slots = term.slots(zone);
            for (Slot s : slots) {
                if (repo.clashes(c, s)) {
                    clashing++;
                } else if (repo.insertSlotIfNew(c, s, termId)) {
                    added++;
                }
            }
            return new Added(added, slots.size() - added - clashing, clashing);
        });
    }

    /** Bookings, cancelled ones too, of the slots starting on the local dates {@code from} to {@code to}, both included. */
    public List<BookingLine> bookings(LocalDate from, LocalDate to) throws SQLException {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return tx.read(c -> repo.bookings(c, start, end));
    }

    /** Staff confirmed the visit with the school. */
    public Decision confirm(UUID bookingId, String staff) throws SQLException {
        return decide(bookingId, (c, now) -> repo.confirm(c, bookingId, staff, now));
    }

    /** Cancels the booking, keeping {@code reason}; its slot is free for the kiosks again. */
    public Decision cancel(UUID bookingId, String staff, String reason) throws SQLException {
        return decide(bookingId, (c, now) -> repo.cancel(c, bookingId, staff, reason, now));
    }

    @FunctionalInterface
    private interface Change {
        void apply(Connection c, Instant now) throws SQLException;
    }

    /** Applies {@code change} to a booking that exists and is not cancelled, with its row locked. */
    private Decision decide(UUID bookingId, Change change) throws SQLException {
        return tx.run(c -> {
            Optional<BookingLine> b = repo.lockBooking(c, bookingId);
            if (b.isEmpty()) {
                return Decision.UNKNOWN;
            }
            if (b.get().cancelled()) {
                return Decision.ALREADY_CANCELLED;
            }
            change.apply(c, clock.instant());
            return Decision.DONE;
        });
    }

    public ZoneId zone() {
        return zone;
    }

    public Optional<Booking> byCode(String code) throws SQLException {
        return tx.read(c -> repo.byCode(c, code));
    }

    private static String newCode() {
        StringBuilder s = new StringBuilder("KS");
        for (int i = 0; i < 6; i++) {
            s.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return s.toString();
    }
}
