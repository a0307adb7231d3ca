package org.pustaka.kiosk.diagnostics;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.rfid.feig.FeigStatus;

/**
 * The simulated pad with locked tags: a write to a tag in {@link #refusing} fails with the sentence a
 * FEIG reader gives for ISO 15693 error 0x12 (block locked); a write to a tag in {@link #ignoring} is
 * answered as done but changes nothing, like a tag whose lock the reader does not report.
 */
final class LockingReader implements RfidReader {
    final Set<String> refusing = ConcurrentHashMap.newKeySet();
    final Set<String> ignoring = ConcurrentHashMap.newKeySet();
    private final RfidReader pad;

    LockingReader(RfidReader pad) {
        this.pad = pad;
    }

    @Override
    public List<String> inventory() throws DeviceException {
        return pad.inventory();
    }

    @Override
    public TagRead read(String uid) throws DeviceException {
        return pad.read(uid);
    }

    @Override
    public void writeAfi(String uid, int afi) throws DeviceException {
        if (!locked(uid)) {
            pad.writeAfi(uid, afi);
        }
    }

    @Override
    public void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
        if (!locked(uid)) {
            pad.writeBlocks(uid, firstBlock, data);
        }
    }

    private boolean locked(String uid) throws DeviceException {
        if (refusing.contains(uid)) {
            throw new DeviceException("rfid", FeigStatus.describe(FeigStatus.ISO_ERROR, new byte[] {0x12}, uid));
        }
        return ignoring.contains(uid);
    }

    @Override
    public DeviceHealth health() {
        return pad.health();
    }
}
