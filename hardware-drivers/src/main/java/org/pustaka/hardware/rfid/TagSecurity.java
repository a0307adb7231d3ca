package org.pustaka.hardware.rfid;

import java.util.ArrayList;
import java.util.List;
import org.pustaka.hardware.api.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets a tag's security state through its AFI byte and proves it by reading it back. The two AFI values
 * are configuration (ISO 28560-1 practice: 0xC2 on loan, 0x07 in stock; legacy sites differ). Each
 * attempt writes and then reads back, also when the write reported an error (the write may have landed
 * and only its answer got lost); up to {@code attempts} attempts run inside one exclusive use of the
 * reader. Blocks the calling thread; never call it from the Swing event thread.
 */
public final class TagSecurity {
    public static final int ISO_AFI_ON_LOAN = 0xC2;
    public static final int ISO_AFI_IN_STOCK = 0x07;
    private static final Logger LOG = LoggerFactory.getLogger(TagSecurity.class);

    private final ReaderAccess access;
    private final int afiOnLoan;
    private final int afiInStock;
    private final int attempts;

    public TagSecurity(ReaderAccess access, int afiOnLoan, int afiInStock, int attempts) {
        if (afiOnLoan == afiInStock) {
            throw new IllegalArgumentException("The on-loan and in-stock AFI must differ, both are "
                    + String.format("0x%02X", afiOnLoan) + ".");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("At least one attempt is needed, not " + attempts + ".");
        }
        this.access = access;
        this.afiOnLoan = afiOnLoan & 0xFF;
        this.afiInStock = afiInStock & 0xFF;
        this.attempts = attempts;
    }

    /** ISO values and three attempts. */
    public TagSecurity(ReaderAccess access) {
        this(access, ISO_AFI_ON_LOAN, ISO_AFI_IN_STOCK, 3);
    }

    /** Checkout: the gate lets the item pass. */
    public SecurityResult setOnLoan(String uid) {
        return setAfi(uid, afiOnLoan);
    }

    /** Return: the gate alarms again. */
    public SecurityResult setInStock(String uid) {
        return setAfi(uid, afiInStock);
    }

    public boolean isOnLoan(int afi) {
        return afi == afiOnLoan;
    }

    public boolean isInStock(int afi) {
        return afi == afiInStock;
    }

    /**
     * Sets the AFI of several tags and proves them all with one AFI-filtered inventory per attempt; a
     * tag missing from it is written again, up to {@code attempts} attempts, all inside one exclusive use
     * of the reader. True only when every tag was proven.
     */
    public boolean setAfiOfAll(List<String> uids, int afi) {
        try {
            return access.exclusive(reader -> {
                writeAfi(uids, afi);
                return prove(uids, afi).isEmpty();
            });
        } catch (DeviceException e) {
            LOG.warn("AFI {} not set on {}: {}", hex(afi), uids, e.getMessage());
            return false;
        }
    }

    /**
     * Writes the AFI of each tag once, addressed, without reading it back (prove it with {@link #prove}).
     * A write that reports an error is not retried here: it may have landed and only its answer got lost.
     */
    public void writeAfi(List<String> uids, int afi) throws DeviceException {
        int value = afi & 0xFF;
        access.exclusive(reader -> {
            for (String uid : uids) {
                try {
                    reader.writeAfi(uid, value);
                } catch (DeviceException e) {
                    LOG.debug("AFI write to {} reported: {}", uid, e.getMessage());
                }
            }
            return null;
        });
    }

    /**
     * Proves that the tags carry {@code afi} with one AFI-filtered inventory for all of them; a tag
     * missing from it is written again and looked for again, up to {@code attempts} inventories in all.
     * Answers the tags left unproven (empty when all are proven).
     */
    public List<String> prove(List<String> uids, int afi) throws DeviceException {
        int value = afi & 0xFF;
        List<String> unproven = access.exclusive(reader -> {
            List<String> left = new ArrayList<>(uids);
            for (int attempt = 1; attempt <= attempts && !left.isEmpty(); attempt++) {
                if (attempt > 1) {
                    writeAfi(left, value);
                }
                try {
                    left.removeAll(reader.inventoryWithAfi(value));
                } catch (DeviceException e) {
                    LOG.debug("The verifying inventory failed: {}", e.getMessage());
                }
            }
            return left;
        });
        if (!unproven.isEmpty()) {
            LOG.warn("AFI {} not proven on tag(s) {} after {} attempt(s).", hex(value), unproven, attempts);
        }
        return unproven;
    }

    private static String hex(int afi) {
        return String.format("0x%02X", afi & 0xFF);
    }

    public SecurityResult setAfi(String uid, int afi) {
        SecurityResult result;
        try {
            result = access.exclusive(reader -> {
                int lastRead = -1;
                String reason = "";
                for (int attempt = 1; attempt <= attempts; attempt++) {
                    String writeError = "";
                    try {
                        reader.writeAfi(uid, afi);
                    } catch (DeviceException e) {
                        writeError = e.getMessage();
                    }
                    try {
                        lastRead = reader.read(uid).afi();
                        if (lastRead == afi) {
                            return new SecurityResult.Verified(uid, afi, attempt);
                        }
                        reason = writeError;
                    } catch (DeviceException e) {
                        lastRead = -1;
                        reason = e.getMessage();
                    }
                }
                return new SecurityResult.Unverified(uid, afi, lastRead, attempts, reason);
            });
        } catch (DeviceException e) {
            result = new SecurityResult.Unverified(uid, afi, -1, 0, e.getMessage());
        }
        if (result.verified()) {
            LOG.debug("{}", result.message());
        } else {
            LOG.warn("{}", result.message());
        }
        return result;
    }
}
