package org.pustaka.kiosk.circulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.rfid.ReaderAccess;
import org.pustaka.hardware.rfid.ReaderWatch;
import org.pustaka.hardware.rfid.TagArrived;
import org.pustaka.hardware.rfid.TagLeft;
import org.pustaka.hardware.rfid.TagListener;
import org.pustaka.hardware.rfid.TagSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Circulation's pad over the RFID reader: the {@link ReaderWatch} follows tags coming and going, every
 * other reader command runs between its polls, tags are decoded with the ISO 28560-3 codec, and item
 * security is set and read back by {@link TagSecurity} with the configured attempts. The watch starts
 * polling when the first listener asks to watch the pad.
 */
public final class ReaderItemPad implements ItemPad, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderItemPad.class);
    private static final int MISSES_BEFORE_LEFT = 2;

    private final ReaderWatch watch;
    private final TagSecurity security;
    private final int afiOnLoan;
    private final int afiInStock;

    public ReaderItemPad(RfidReader reader, int afiOnLoan, int afiInStock, int writeRetries, Duration poll) {
        this.watch = new ReaderWatch(reader, poll, MISSES_BEFORE_LEFT);
        this.security = new TagSecurity(watch, afiOnLoan, afiInStock, writeRetries + 1);
        this.afiOnLoan = afiOnLoan;
        this.afiInStock = afiInStock;
    }

    /** A fresh inventory between polls, so a caller sees what lies on the pad now, not at the last poll. */
    @Override
    public List<PadTag> tags() {
        try {
            return watch.exclusive(reader -> {
                List<PadTag> out = new ArrayList<>();
                for (String uid : reader.inventory()) {
                    try {
                        out.add(PadTag.ofMemory(uid, reader.readMemory(uid)));
                    } catch (DeviceException e) {
                        out.add(PadTag.unreadable(uid));
                    }
                }
                out.sort((a, b) -> a.uid().compareTo(b.uid()));
                return out;
            });
        } catch (DeviceException e) {
            LOG.warn("The reader did not answer the inventory: {}", e.getMessage());
            return List.of();
        }
    }

    @Override
    public void watch(Consumer<List<PadTag>> listener) {
        watch.addListener(new TagListener() {
            @Override
            public void tagArrived(TagArrived event) {
                listener.accept(snapshot());
            }

            @Override
            public void tagLeft(TagLeft event) {
                listener.accept(snapshot());
            }
        });
        listener.accept(snapshot());
        watch.start();
    }

    /** The one way to share the reader with the watch, for whoever else needs it (the technician's tools). */
    public ReaderAccess access() {
        return watch;
    }

    /** Tells {@code listener} when the reader stops answering and when it answers again. */
    public void watchReader(TagListener listener) {
        watch.addListener(listener);
    }

    /** Writes every tag's AFI, then proves them together with one AFI-filtered inventory per attempt. */
    @Override
    public boolean secure(List<String> uids, boolean onLoan) {
        return security.setAfiOfAll(uids, onLoan ? afiOnLoan : afiInStock);
    }

    @Override
    public void write(List<String> uids, boolean onLoan) {
        try {
            security.writeAfi(uids, onLoan ? afiOnLoan : afiInStock);
        } catch (DeviceException e) {
            LOG.warn("Could not write the security of {}: {}", uids, e.getMessage());
        }
    }

    @Override
    public List<String> unproven(List<String> uids, boolean onLoan) {
        try {
            return security.prove(uids, onLoan ? afiOnLoan : afiInStock);
        } catch (DeviceException e) {
            LOG.warn("Could not prove the security of {}: {}", uids, e.getMessage());
            return List.copyOf(uids);
        }
    }

    /** Holds the reader between the watch's polls for the whole of {@code work}. */
    @Override
    public <T> T holding(Supplier<T> work) {
        try {
            return watch.exclusive(reader -> work.get());
        } catch (DeviceException e) {
            // interrupted while waiting for the reader: each step then takes its own turn and says so
            return work.get();
        }
    }

    @Override
    public void close() {
        watch.close();
    }

    private List<PadTag> snapshot() {
        List<PadTag> out = new ArrayList<>();
        for (TagArrived t : watch.tagsOnPad()) {
            out.add(PadTag.of(t.read(), t.data(), afiOnLoan, afiInStock));
        }
        return out;
    }
}
