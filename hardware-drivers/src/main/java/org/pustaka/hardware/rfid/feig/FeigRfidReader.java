package org.pustaka.hardware.rfid.feig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.pustaka.hardware.api.CountsCommands;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.serial.SerialLink;
import org.pustaka.hardware.tag.TagCodec;

/**
 * {@link RfidReader} for FEIG ID ISC readers in ISO-host mode, over any {@link SerialLink}. The link is
 * opened on first use and again after a line failure. One caller at a time (see {@link RfidReader});
 * the reader watch serialises access. {@code read} asks the tag for its system information (AFI and
 * memory size), then reads up to {@link FeigReaderOptions#blocksToRead()} blocks.
 */
public final class FeigRfidReader implements RfidReader, CountsCommands {
    public static final String DEVICE = "rfid";
    private static final int MAX_MORE_ROUNDS = 32;
    private static final int BLOCKS_PER_WRITE = 8;
    private static final int KNOWN_TAGS = 4096;

    private final FeigTransport transport;
    private final FeigReaderOptions options;
    /** Memory size in blocks of the tags seen, by UID; bounded, the oldest forgotten first. */
    private final Map<String, Integer> blockCounts = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                    return size() > KNOWN_TAGS;
                }
            });

    public FeigRfidReader(SerialLink link, FeigReaderOptions options) {
        this.transport = new FeigTransport(link, options);
        this.options = options;
    }

    public FeigRfidReader(SerialLink link) {
        this(link, FeigReaderOptions.defaults());
    }

    @Override
    public List<String> inventory() throws DeviceException {
        return inventory(more -> IsoHostData.inventory(more));
    }

    /**
     * UIDs of the tags in the field whose AFI is {@code afi}: one AFI-filtered inventory (plus its "more"
     * requests) proves the security byte of every tag of a stack at once.
     */
    @Override
    public List<String> inventoryWithAfi(int afi) throws DeviceException {
        return inventory(more -> IsoHostData.inventoryWithAfi(more, afi & 0xFF));
    }

    private List<String> inventory(java.util.function.Function<Boolean, byte[]> request) throws DeviceException {
        Set<String> uids = new LinkedHashSet<>();
        boolean more = false;
        for (int round = 0; round < MAX_MORE_ROUNDS; round++) {
            FeigResponse response = transport.exchange(request.apply(more), "the inventory");
            int status = response.status();
            if (status == FeigStatus.NO_TRANSPONDER) {
                return new ArrayList<>(uids);
            }
            if (status != FeigStatus.OK && status != FeigStatus.MORE_DATA) {
                throw failure(response, null);
            }
            for (IsoHostData.InventoryEntry entry : parse(() -> IsoHostData.parseInventory(response.data()))) {
                uids.add(entry.uid());
            }
            if (status == FeigStatus.OK) {
                return new ArrayList<>(uids);
            }
            more = true;
        }
        throw new DeviceException(DEVICE, "The RFID reader kept announcing more tags; the inventory was stopped.");
    }

    @Override
    public TagRead read(String uid) throws DeviceException {
        IsoHostData.SystemInfo info = systemInfo(uid);
        blockCounts.put(uid, info.blockCount());
        int blocks = Math.min(options.blocksToRead(), info.blockCount());
        FeigResponse response = transport.exchange(IsoHostData.readBlocks(uid, 0, blocks), "reading tag " + uid);
        expectOk(response, uid);
        byte[] memory = parse(() -> IsoHostData.parseBlocks(response.data()));
        return new TagRead(uid, info.afi(), memory);
    }

    /**
     * One multi-block read sized to the tag's memory when this reader has seen the tag's system
     * information before (a UID's memory size never changes); otherwise {@link #read(String)}.
     */
    @Override
    public byte[] readMemory(String uid) throws DeviceException {
        Integer known = blockCounts.get(uid);
        if (known == null) {
            return read(uid).memory();
        }
        int blocks = Math.min(options.blocksToRead(), known);
        FeigResponse response = transport.exchange(IsoHostData.readBlocks(uid, 0, blocks), "reading tag " + uid);
        expectOk(response, uid);
        return parse(() -> IsoHostData.parseBlocks(response.data()));
    }

    @Override
    public void writeAfi(String uid, int afi) throws DeviceException {
        FeigResponse response = transport.exchange(IsoHostData.writeAfi(uid, afi), "writing the AFI of tag " + uid);
        expectOk(response, uid);
    }

    @Override
    public void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
        if (data.length % 4 != 0) {
            throw new DeviceException(DEVICE,
                    "Tag data must be whole blocks of 4 bytes, not " + data.length + " bytes.");
        }
        byte[] onAir = options.blockBytesMsbFirst() ? TagCodec.reverseBlocks(data) : data;
        int blocks = data.length / 4;
        for (int done = 0; done < blocks; done += BLOCKS_PER_WRITE) {
            int n = Math.min(BLOCKS_PER_WRITE, blocks - done);
            byte[] part = Arrays.copyOfRange(onAir, done * 4, (done + n) * 4);
            FeigResponse response = transport.exchange(IsoHostData.writeBlocks(uid, firstBlock + done, 4, part),
                    "writing tag " + uid);
            expectOk(response, uid);
        }
    }

    @Override
    public DeviceHealth health() {
        try {
            int tags = inventory().size();
            return new DeviceHealth(DEVICE, DeviceHealth.State.OK,
                    "The reader answers; " + tags + " tag(s) in its field.");
        } catch (DeviceException e) {
            return new DeviceHealth(DEVICE, DeviceHealth.State.FAILED, e.getMessage());
        }
    }

    @Override
    public long commandsSent() {
        return transport.framesSent();
    }

    @Override
    public void close() {
        transport.close();
    }

    private IsoHostData.SystemInfo systemInfo(String uid) throws DeviceException {
        FeigResponse response = transport.exchange(IsoHostData.systemInfo(uid), "reading the AFI of tag " + uid);
        expectOk(response, uid);
        return parse(() -> IsoHostData.parseSystemInfo(response.data()));
    }

    private static void expectOk(FeigResponse response, String uid) throws DeviceException {
        if (response.status() != FeigStatus.OK) {
            throw failure(response, uid);
        }
    }

    private static DeviceException failure(FeigResponse response, String uid) {
        return new DeviceException(DEVICE, FeigStatus.describe(response.status(), response.data(), uid));
    }

    private static <T> T parse(Parse<T> parse) throws DeviceException {
        try {
            return parse.run();
        } catch (IllegalArgumentException e) {
            throw new DeviceException(DEVICE, "The RFID reader's answer could not be understood: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Parse<T> {
        T run();
    }
}
