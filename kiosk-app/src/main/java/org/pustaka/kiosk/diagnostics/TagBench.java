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
            return new PadScan(List.of(), TechnicianText.of("tags.readerSilent", TechnicianText.aside(e.getMessage())));
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
        return new PadScan(tags, TechnicianText.NONE);
    }

    /** What the technician reads about one tag. Pure; safe from any thread. */
    public PadTag describe(TagRead read) {
        return PadTag.of(read, afiOnLoan, afiInStock);
    }

    public int afiFor(boolean onLoan) {
        return onLoan ? afiOnLoan : afiInStock;
    }

    /** The sentence for a tag that does not decode; {@link TechnicianText#NONE} for a good library tag. */
    public static TechnicianText problem(PadTag tag) {
        TagDecodeResult result = tag.data();
        if (result instanceof TagDecodeResult.Decoded) {
            return TechnicianText.NONE;
        }
        if (tag.blank()) {
            return TechnicianText.of("tags.blank");
        }
        if (result instanceof TagDecodeResult.CrcMismatch m) {
            return TechnicianText.of("tags.crc", String.format("%04X", m.asRead().crc()),
                    String.format("%04X", m.computedCrc()), m.asRead().itemId());
        }
        if (result instanceof TagDecodeResult.UnsupportedVersion v) {
            return TechnicianText.of("tags.version", v.version());
        }
        if (result instanceof TagDecodeResult.TooShort s) {
            return TechnicianText.of("tags.short", s.length());
        }
        return TechnicianText.of("tags.notIso");
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
