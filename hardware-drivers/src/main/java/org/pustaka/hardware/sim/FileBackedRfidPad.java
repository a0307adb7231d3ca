package org.pustaka.hardware.sim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;

/**
 * A simulated pad whose tags outlive the process: every tag write and every tag put on or taken off is
 * saved to a {@link FilePadState} file before the call returns, as a real tag keeps its AFI when the
 * kiosk dies. Used by the crash test, where the kiosk is killed and another process checks the tags.
 * Behaves like {@link SimRfidPad} otherwise (it delegates to one).
 */
public final class FileBackedRfidPad implements RfidReader {
    private final Path file;
    private final SimRfidPad pad = new SimRfidPad();
    private final Map<String, SimTag> known = new LinkedHashMap<>();

    private FileBackedRfidPad(Path file) {
        this.file = file;
    }

    /** Opens the pad saved in {@code file}, or an empty one when the file does not exist yet. */
    public static FileBackedRfidPad open(Path file) {
        FileBackedRfidPad p = new FileBackedRfidPad(file);
        for (FilePadState.Entry e : FilePadState.read(file)) {
            SimTag tag = new SimTag(e.uid(), e.afi(), e.memory());
            p.known.put(tag.uid(), tag);
            if (e.onPad()) {
                p.pad.place(tag);
            }
        }
        return p;
    }

    public synchronized void place(SimTag tag) {
        SimTag kept = known.computeIfAbsent(tag.uid(), k -> tag);
        pad.place(kept);
        save();
    }

    public synchronized void remove(String uid) {
        pad.remove(uid);
        save();
    }

    /** Every tag this pad has seen, on it or not. */
    public synchronized List<SimTag> allTags() {
        return new ArrayList<>(known.values());
    }

    /** The in-memory pad underneath, for fault switches. */
    public SimRfidPad simulator() {
        return pad;
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
    public synchronized void writeAfi(String uid, int afi) throws DeviceException {
        pad.writeAfi(uid, afi);
        save();
    }

    @Override
    public synchronized void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
        pad.writeBlocks(uid, firstBlock, data);
        save();
    }

    @Override
    public DeviceHealth health() {
        return pad.health();
    }

    private void save() {
        List<String> on = pad.tagsOnPad().stream().map(SimTag::uid).toList();
        List<FilePadState.Entry> entries = new ArrayList<>();
        for (SimTag t : known.values()) {
            entries.add(new FilePadState.Entry(t.uid(), t.afi(), t.memory(), on.contains(t.uid())));
        }
        FilePadState.write(file, entries);
    }
}
