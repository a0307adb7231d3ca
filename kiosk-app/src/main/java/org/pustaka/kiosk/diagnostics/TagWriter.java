package org.pustaka.kiosk.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;
import org.pustaka.hardware.tag.TypeOfUsage;
import org.pustaka.kiosk.circulation.PadTag;
import org.pustaka.kiosk.store.AuditEntry;

/**
 * Writes ISO 28560-3 data and the security state on one tag and proves it by reading the tag back. The
 * order is checked first ({@link TagOrderRules}), then the target is chosen: the UID the technician
 * picked, or else the only tag on the pad that holds no item (any tag when re-programming is allowed).
 * A tag that already holds an item is written only when re-programming is allowed, so a book's tag is
 * never overwritten by a slip of the finger. Every attempt, refused or not, is recorded in the audit log
 * with the item id and the tag UID. Blocks on the reader.
 */
final class TagWriter {
    static final String ACTION = "write tag";
    private static final int SMALL_TAG = 32;
    /** The 34-byte basic block rounded up to whole 4-byte blocks. */
    private static final int BASIC_BLOCK_IN_BLOCKS = 36;

    private final TagBench bench;
    private final RfidReader reader;
    private final AuditLog audit;

    TagWriter(TagBench bench, RfidReader reader, AuditLog audit) {
        this.bench = bench;
        this.reader = reader;
        this.audit = audit;
    }

    TagWriteResult write(TagOrder order) {
        TagWriteResult result = attempt(order);
        AuditEntry.Outcome outcome = switch (result.outcome()) {
            case WRITTEN -> AuditEntry.Outcome.OK;
            case REFUSED -> AuditEntry.Outcome.DENIED;
            case LOCKED, FAILED -> AuditEntry.Outcome.FAILED;
        };
        audit.record(ACTION, outcome, "item " + (order.itemId().isEmpty() ? "(none)" : order.itemId()) + " part "
                + order.partNumber() + "/" + order.partsInItem() + " tag " + (result.uid().isEmpty() ? "(none)"
                : result.uid()) + " " + (order.onLoan() ? "on loan" : "in stock") + ": " + result.outcome()
                .name().toLowerCase(Locale.ROOT));
        return result;
    }

    private TagWriteResult attempt(TagOrder order) {
        Optional<String> refusal = TagOrderRules.refusal(order);
        if (refusal.isPresent()) {
            return TagWriteResult.refused(order.uid(), refusal.get());
        }
        TagRead target;
        try {
            Choice chosen = target(order);
            if (chosen.read() == null) {
                return TagWriteResult.refused(order.uid(), chosen.refusal());
            }
            target = chosen.read();
        } catch (DeviceException e) {
            return new TagWriteResult(TagWriteResult.Outcome.FAILED, order.uid(), "Pembaca RFID tidak menjawab; "
                    + "periksa kabel dan daya pembaca. / The RFID reader does not answer; check its cable and power. ("
                    + e.getMessage() + ")", Optional.empty());
        }
        String uid = target.uid();
        int size = target.memory().length;
        if (size < SMALL_TAG) {
            return TagWriteResult.refused(uid, "Memori tag " + uid + " hanya " + size + " byte; tag perpustakaan perlu "
                    + "sedikitnya 32 byte. Pakai tag lain. / Tag " + uid + " has only " + size + " bytes of memory; a "
                    + "library tag needs at least 32. Use another tag.");
        }
        LibraryTag wanted = LibraryTag.of(order.itemId(), TypeOfUsage.CIRCULATING, order.partsInItem(),
                order.partNumber(), order.country(), order.isil());
        byte[] data;
        try {
            data = TagCodec.encode(wanted, size < BASIC_BLOCK_IN_BLOCKS ? SMALL_TAG : BASIC_BLOCK_IN_BLOCKS);
        } catch (IllegalArgumentException e) {
            return TagWriteResult.refused(uid, "Data ini tidak muat di tag. / This data does not fit on the tag. ("
                    + e.getMessage() + ")");
        }
        int afi = bench.afiFor(order.onLoan());
        try {
            reader.writeBlocks(uid, 0, data);
            reader.writeAfi(uid, afi);
        } catch (DeviceException e) {
            return failed(uid, target, data, e.getMessage());
        }
        return verify(uid, target, data, wanted, afi);
    }

    /** The tag to write, or why there is none. */
    private record Choice(TagRead read, String refusal) {
        static Choice of(TagRead read) {
            return new Choice(read, "");
        }

        static Choice no(String refusal) {
            return new Choice(null, refusal);
        }
    }

    private Choice target(TagOrder order) throws DeviceException {
        List<String> uids = reader.inventory();
        if (uids.isEmpty()) {
            return Choice.no("Tidak ada tag di pad. Letakkan satu tag kosong di tengah pad lalu coba lagi. / There "
                    + "is no tag on the pad. Put one blank tag in the middle of the pad and try again.");
        }
        if (!order.uid().isEmpty()) {
            if (uids.stream().noneMatch(u -> u.equalsIgnoreCase(order.uid()))) {
                return Choice.no("Tag " + order.uid() + " tidak ada lagi di pad; letakkan kembali atau pilih tag "
                        + "lain. / Tag " + order.uid() + " is no longer on the pad; put it back or pick another tag.");
            }
            TagRead read = reader.read(order.uid());
            return bench.describe(read).holdsItem() && !order.overwrite() ? Choice.no(holdsItem(read))
                    : Choice.of(read);
        }
        List<TagRead> candidates = new ArrayList<>();
        TagRead withItem = null;
        for (String uid : uids) {
            TagRead read = reader.read(uid);
            if (order.overwrite() || !bench.describe(read).holdsItem()) {
                candidates.add(read);
            } else {
                withItem = read;
            }
        }
        if (candidates.size() > 1) {
            return Choice.no("Ada " + candidates.size() + " tag di pad yang bisa ditulis. Tinggalkan hanya satu "
                    + "tag di pad, atau pilih UID-nya. / There are " + candidates.size() + " tags on the pad that could be "
                    + "written. Leave only one tag on the pad, or pick its UID.");
        }
        if (candidates.isEmpty()) {
            return Choice.no(holdsItem(withItem));
        }
        return Choice.of(candidates.get(0));
    }

    private String holdsItem(TagRead read) {
        String item = bench.describe(read).content().map(LibraryTag::itemId).orElse("?");
        return "Tag " + read.uid() + " sudah berisi barang " + item + ". Untuk memprogram ulang, pilih 'Tulis ulang' "
                + "lalu coba lagi. / Tag " + read.uid() + " already holds item " + item + ". To re-program it, "
                + "choose 'Re-program' and try again.";
    }

    private TagWriteResult verify(String uid, TagRead before, byte[] data, LibraryTag wanted, int afi) {
        TagRead after;
        try {
            after = reader.read(uid);
        } catch (DeviceException e) {
            return new TagWriteResult(TagWriteResult.Outcome.FAILED, uid, "Tag " + uid + " ditulis tetapi tidak "
                    + "terbaca lagi; biarkan tag diam di pad lalu tulis ulang. / Tag " + uid + " was written but could "
                    + "not be read back; keep it still on the pad and write it again. (" + e.getMessage() + ")",
                    Optional.empty());
        }
        PadTag seen = bench.describe(after);
        boolean same = seen.content().filter(t -> sameFields(t, wanted)).isPresent() && after.afi() == afi;
        if (same) {
            return new TagWriteResult(TagWriteResult.Outcome.WRITTEN, uid, String.format("Tag %s ditulis dan "
                    + "diperiksa: barang %s, bagian %d dari %d, pemilik %s, %s (AFI 0x%02X). / Tag %s was written "
                    + "and checked: item %s, part %d of %d, owner %s, %s (AFI 0x%02X).", uid, wanted.itemId(),
                    wanted.partNumber(), wanted.partsInItem(), owner(wanted), afi == bench.afiFor(true) ? "dipinjam"
                    : "di perpustakaan", afi, uid, wanted.itemId(), wanted.partNumber(), wanted.partsInItem(),
                    owner(wanted), afi == bench.afiFor(true) ? "on loan" : "in stock", afi), Optional.of(seen));
        }
        if (Arrays.equals(after.memory(), before.memory()) && !startsWith(after.memory(), data)) {
            return locked(uid, "the data did not change", Optional.of(seen));
        }
        return new TagWriteResult(TagWriteResult.Outcome.FAILED, uid, "Tag " + uid + " terbaca lain dari yang ditulis; "
                + "biarkan tag diam di tengah pad lalu tulis ulang. / Tag " + uid + " reads back differently from what "
                + "was written; keep it still in the middle of the pad and write it again.", Optional.of(seen));
    }

    private TagWriteResult failed(String uid, TagRead before, byte[] data, String readerSays) {
        String lower = readerSays.toLowerCase(Locale.ROOT);
        if (lower.contains("locked") || lower.contains("read-only")) {
            return locked(uid, readerSays, bench.readBack(uid));
        }
        Optional<PadTag> now = bench.readBack(uid);
        return new TagWriteResult(TagWriteResult.Outcome.FAILED, uid, "Penulisan tag " + uid + " gagal; biarkan tag "
                + "diam di tengah pad lalu coba lagi. / Writing tag " + uid + " failed; keep it still in the middle "
                + "of the pad and try again. (" + readerSays + ")", now);
    }

    private static TagWriteResult locked(String uid, String readerSays, Optional<PadTag> now) {
        return new TagWriteResult(TagWriteResult.Outcome.LOCKED, uid, "Tag " + uid + " terkunci (hanya-baca) dan "
                + "tidak bisa ditulis; pakai tag lain. / Tag " + uid + " is locked (read-only) and cannot be written; "
                + "use another tag. (" + readerSays + ")", now);
    }

    private static boolean sameFields(LibraryTag a, LibraryTag b) {
        return a.itemId().equals(b.itemId()) && a.partsInItem() == b.partsInItem() && a.partNumber() == b.partNumber()
                && a.typeOfUsage() == b.typeOfUsage() && a.country().equals(b.country()) && a.isil().equals(b.isil());
    }

    private static boolean startsWith(byte[] memory, byte[] data) {
        return memory.length >= data.length && Arrays.equals(Arrays.copyOf(memory, data.length), data);
    }

    private static String owner(LibraryTag t) {
        return t.country().isEmpty() ? (t.isil().isEmpty() ? "-" : t.isil()) : t.country() + "-" + t.isil();
    }
}
