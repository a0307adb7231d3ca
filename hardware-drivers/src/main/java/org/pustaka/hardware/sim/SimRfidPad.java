package org.pustaka.hardware.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;

/**
 * The RFID pad in memory: tags are put on and taken off by the demo's device window or by a test, and
 * the kiosk reads them through the ordinary {@link RfidReader} port. Tags keep their AFI and memory
 * when taken off and put back, like real ones. Faults are switched on per instance so tests can run
 * in parallel. {@code commandDelayMillis} paces each command like a real reader (0 = as fast as possible).
 */
public final class SimRfidPad implements RfidReader {
    public static final String DEVICE = "rfid";

    private final Map<String, SimTag> onPad = new ConcurrentHashMap<>();
    private final AtomicInteger failingWrites = new AtomicInteger();
    private volatile boolean broken;
    private volatile long commandDelayMillis;

    public SimRfidPad() {
        this(0);
    }

    public SimRfidPad(long commandDelayMillis) {
        this.commandDelayMillis = commandDelayMillis;
    }

    public void place(SimTag tag) {
        onPad.put(tag.uid(), tag);
    }

    public void remove(String uid) {
        onPad.remove(uid.toUpperCase());
    }

    public void clear() {
        onPad.clear();
    }

    public List<SimTag> tagsOnPad() {
        return new ArrayList<>(onPad.values());
    }

    /** The tag with this UID if it is on the pad (any case). */
    public Optional<SimTag> tag(String uid) {
        return Optional.ofNullable(onPad.get(uid.toUpperCase()));
    }

    /** The next {@code count} writes (AFI or blocks) fail as if the tag did not answer. */
    public void failNextWrites(int count) {
        failingWrites.set(count);
    }

    /** A broken reader answers nothing until repaired. */
    public void broken(boolean value) {
        broken = value;
    }

    public void commandDelayMillis(long millis) {
        commandDelayMillis = millis;
    }

    @Override
    public List<String> inventory() throws DeviceException {
        command();
        return new ArrayList<>(onPad.keySet());
    }

    @Override
    public TagRead read(String uid) throws DeviceException {
        command();
        SimTag tag = present(uid);
        return new TagRead(tag.uid(), tag.afi(), tag.memory());
    }

    @Override
    public void writeAfi(String uid, int afi) throws DeviceException {
        command();
        SimTag tag = present(uid);
        failIfAsked(uid);
        tag.afi(afi);
    }

    @Override
    public void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
        command();
        SimTag tag = present(uid);
        failIfAsked(uid);
        try {
            tag.write(firstBlock, data);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(DEVICE, e.getMessage());
        }
    }

    @Override
    public DeviceHealth health() {
        return broken
                ? new DeviceHealth(DEVICE, DeviceHealth.State.FAILED, "The simulated reader is switched to broken.")
                : DeviceHealth.ok(DEVICE);
    }

    private void command() throws DeviceException {
        if (broken) {
            throw new DeviceException(DEVICE, "The reader does not answer.");
        }
        long delay = commandDelayMillis;
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeviceException(DEVICE, "Interrupted while waiting for the reader.", e);
            }
        }
    }

    private SimTag present(String uid) throws DeviceException {
        SimTag tag = onPad.get(uid.toUpperCase());
        if (tag == null) {
            throw new DeviceException(DEVICE, "Tag " + uid + " is not on the pad.");
        }
        return tag;
    }

    private void failIfAsked(String uid) throws DeviceException {
        if (failingWrites.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            throw new DeviceException(DEVICE, "Tag " + uid + " did not confirm the write.");
        }
    }
}
