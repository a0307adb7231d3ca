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
        int value = afi & 0xFF;
        try {
            List<String> unproven = access.exclusive(reader -> {
                List<String> left = new ArrayList<>(uids);
                for (int attempt = 1; attempt <= attempts && !left.isEmpty(); attempt++) {
                    for (String uid : left) {
                        try {
                            reader.writeAfi(uid, value);
                        } catch (DeviceException e) {
                            LOG.debug("AFI write to {} reported: {}", uid, e.getMessage());
                        }
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
                LOG.warn("AFI {} not proven on tag(s) {} after {} attempt(s).", String.format("0x%02X", value),
                        unproven, attempts);
            }
            return unproven.isEmpty();
        } catch (DeviceException e) {
            LOG.warn("AFI {} not set on {}: {}", String.format("0x%02X", value), uids, e.getMessage());
            return false;
        }
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
