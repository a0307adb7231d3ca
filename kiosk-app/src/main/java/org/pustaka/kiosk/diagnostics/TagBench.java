package org.pustaka.kiosk.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.tag.TagDecodeResult;
import org.pustaka.kiosk.circulation.PadTag;

/**
 * The technician's tag bench: what lies on the pad, decoded for the screen, and writing a tag for a book
 * ({@link TagWriter}). It uses the same reader as the visitor's pad, so give it the kiosk's serialized
 * reader: every command then runs alone and the pad's own polling simply takes turns with it. Blocks on
 * the reader; call from a worker thread, never the Swing event thread. Thread-safe as the reader is.
 */
public final class TagBench {
    private final RfidReader reader;
    private final int afiOnLoan;
    private final int afiInStock;
    private final String ownerCountry;
    private final String ownerIsil;
    private final TagWriter writer;

    /**
     * {@code ownerCountry} and {@code ownerIsil} are what a new tag gets unless the technician changes
     * them; the configuration has no ISIL yet, so the composition passes the demo library's.
     */
    public TagBench(RfidReader reader, AuditLog audit, int afiOnLoan, int afiInStock, String ownerCountry,
                    String ownerIsil) {
        this.reader = reader;
        this.afiOnLoan = afiOnLoan & 0xFF;
        this.afiInStock = afiInStock & 0xFF;
        this.ownerCountry = ownerCountry;
        this.ownerIsil = ownerIsil;
        this.writer = new TagWriter(this, reader, audit);
    }

    /** An order for a single-part item in stock, owned by this bench's default library, with no item id yet. */
    public TagOrder newOrder() {
        return TagOrder.single("", ownerCountry, ownerIsil);
    }

    /** Inventories the pad and reads every tag; a tag that leaves between the two is simply not listed. */
    public PadScan scan() {
        List<String> uids;
        try {
            uids = reader.inventory();
        } catch (DeviceException e) {
            return new PadScan(List.of(), "Pembaca RFID tidak menjawab; periksa kabel dan daya pembaca. / The RFID "
                    + "reader does not answer; check its cable and power. (" + e.getMessage() + ")");
        }
        List<PadTag> tags = new ArrayList<>();
        for (String uid : uids) {
            try {
                tags.add(describe(reader.read(uid)));
            } catch (DeviceException e) {
                // moved off the pad during the scan; the next scan shows it again if it is back
            }
        }
        tags.sort(Comparator.comparing(PadTag::uid));
        return new PadScan(tags, "");
    }

    /** What the technician reads about one tag. Pure; safe from any thread. */
    public PadTag describe(TagRead read) {
        return PadTag.of(read, afiOnLoan, afiInStock);
    }

    public int afiFor(boolean onLoan) {
        return onLoan ? afiOnLoan : afiInStock;
    }

    /** The sentence for a tag that does not decode; empty for a good library tag. */
    public static String problem(PadTag tag) {
        TagDecodeResult result = tag.data();
        boolean blank = tag.blank();
        if (result instanceof TagDecodeResult.Decoded) {
            return "";
        }
        if (blank) {
            return "Tag kosong: belum berisi data perpustakaan; tag ini siap ditulis. / The tag is blank: it holds "
                    + "no library data yet and is ready to be written.";
        }
        if (result instanceof TagDecodeResult.CrcMismatch m) {
            return String.format("Checksum tag salah (tersimpan %04X, seharusnya %04X): data rusak atau tidak "
                    + "tertulis lengkap; tulis ulang tag ini. Terbaca: barang %s. / The tag's checksum is wrong "
                    + "(stored %04X, expected %04X): the data is damaged or was not written completely; write the "
                    + "tag again. As read: item %s.", m.asRead().crc(), m.computedCrc(), m.asRead().itemId(),
                    m.asRead().crc(), m.computedCrc(), m.asRead().itemId());
        }
        if (result instanceof TagDecodeResult.UnsupportedVersion v) {
            return "Tag memakai model data versi " + v.version() + "; kios ini hanya membaca versi 1. / The tag uses "
                    + "data model version " + v.version() + "; this kiosk reads version 1 only.";
        }
        if (result instanceof TagDecodeResult.TooShort s) {
            return "Memori tag hanya " + s.length() + " byte; tag perpustakaan perlu sedikitnya 32 byte. Pakai tag "
                    + "lain. / The tag's memory is only " + s.length() + " bytes; a library tag needs at least 32. "
                    + "Use another tag.";
        }
        return "Data tag bukan format ISO 28560-3 yang dikenal kios ini (model data lain atau data acak). / The "
                + "tag's data is not in an ISO 28560-3 format this kiosk knows (another data model or random data).";
    }

    /** Encodes, writes, reads back and verifies; every attempt is in the audit log. See {@link TagWriter}. */
    public TagWriteResult write(TagOrder order) {
        return writer.write(order);
    }

    Optional<PadTag> readBack(String uid) {
        try {
            return Optional.of(describe(reader.read(uid)));
        } catch (DeviceException e) {
            return Optional.empty();
        }
    }
}
