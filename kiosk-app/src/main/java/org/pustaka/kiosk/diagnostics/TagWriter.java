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
        Optional<TechnicianText> refusal = TagOrderRules.refusal(order);
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
            return new TagWriteResult(TagWriteResult.Outcome.FAILED, order.uid(),
                    TechnicianText.of("tags.readerSilent", TechnicianText.aside(e.getMessage())), Optional.empty());
        }
        String uid = target.uid();
        int size = target.memory().length;
        if (size < SMALL_TAG) {
            return TagWriteResult.refused(uid, TechnicianText.of("write.tooSmall", uid, size));
        }
        LibraryTag wanted = LibraryTag.of(order.itemId(), TypeOfUsage.CIRCULATING, order.partsInItem(),
                order.partNumber(), order.country(), order.isil());
        byte[] data;
        try {
            data = TagCodec.encode(wanted, size < BASIC_BLOCK_IN_BLOCKS ? SMALL_TAG : BASIC_BLOCK_IN_BLOCKS);
        } catch (IllegalArgumentException e) {
            return TagWriteResult.refused(uid, TechnicianText.of("write.doesNotFit", TechnicianText.aside(e.getMessage())));
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
    private record Choice(TagRead read, TechnicianText refusal) {
        static Choice of(TagRead read) {
            return new Choice(read, TechnicianText.NONE);
        }

        static Choice no(String key, Object... args) {
            return new Choice(null, TechnicianText.of(key, args));
        }
    }

    private Choice target(TagOrder order) throws DeviceException {
        List<String> uids = reader.inventory();
        if (uids.isEmpty()) {
            return Choice.no("write.noTag");
        }
        if (!order.uid().isEmpty()) {
            if (uids.stream().noneMatch(u -> u.equalsIgnoreCase(order.uid()))) {
                return Choice.no("write.tagGone", order.uid());
            }
            TagRead read = reader.read(order.uid());
            return bench.describe(read).holdsItem() && !order.overwrite() ? holdsItem(read)
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
            return Choice.no("write.severalTags", candidates.size());
        }
        if (candidates.isEmpty()) {
            return holdsItem(withItem);
        }
        return Choice.of(candidates.get(0));
    }

    private Choice holdsItem(TagRead read) {
        String item = bench.describe(read).content().map(LibraryTag::itemId).orElse("?");
        return Choice.no("write.holdsItem", read.uid(), item);
    }

    private TagWriteResult verify(String uid, TagRead before, byte[] data, LibraryTag wanted, int afi) {
        TagRead after;
        try {
            after = reader.read(uid);
        } catch (DeviceException e) {
            return new TagWriteResult(TagWriteResult.Outcome.FAILED, uid,
                    TechnicianText.of("write.noReadBack", uid, TechnicianText.aside(e.getMessage())), Optional.empty());
        }
        PadTag seen = bench.describe(after);
        boolean same = seen.content().filter(t -> sameFields(t, wanted)).isPresent() && after.afi() == afi;
        if (same) {
            String key = afi == bench.afiFor(true) ? "write.done.onLoan" : "write.done.inStock";
            return new TagWriteResult(TagWriteResult.Outcome.WRITTEN, uid, TechnicianText.of(key, uid, wanted.itemId(),
                    wanted.partNumber(), wanted.partsInItem(), owner(wanted), String.format("0x%02X", afi)),
                    Optional.of(seen));
        }
        if (Arrays.equals(after.memory(), before.memory()) && !startsWith(after.memory(), data)) {
            return locked(uid, "the data did not change", Optional.of(seen));
        }
        return new TagWriteResult(TagWriteResult.Outcome.FAILED, uid, TechnicianText.of("write.differs", uid),
                Optional.of(seen));
    }

    private TagWriteResult failed(String uid, TagRead before, byte[] data, String readerSays) {
        String lower = readerSays.toLowerCase(Locale.ROOT);
        if (lower.contains("locked") || lower.contains("read-only")) {
            return locked(uid, readerSays, bench.readBack(uid));
        }
        Optional<PadTag> now = bench.readBack(uid);
        return new TagWriteResult(TagWriteResult.Outcome.FAILED, uid,
                TechnicianText.of("write.failed", uid, TechnicianText.aside(readerSays)), now);
    }

    private static TagWriteResult locked(String uid, String readerSays, Optional<PadTag> now) {
        return new TagWriteResult(TagWriteResult.Outcome.LOCKED, uid,
                TechnicianText.of("write.locked", uid, TechnicianText.aside(readerSays)), now);
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
