package org.pustaka.hardware.sim;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pustaka.hardware.rfid.feig.FeigRequest;
import org.pustaka.hardware.rfid.feig.FeigResponse;
import org.pustaka.hardware.rfid.feig.FeigStatus;
import org.pustaka.hardware.rfid.feig.IsoHostCommand;
import org.pustaka.hardware.rfid.feig.IsoHostData;
import org.pustaka.hardware.tag.TagCodec;

/**
 * What a FEIG reader in ISO-host mode answers to command 0xB0, computed from the tags on a
 * {@link SimRfidPad}. Only addressed mode is served for tag commands. Keeps the tags of an inventory that
 * did not fit in one answer for the following "more" request, as the real reader does.
 */
final class FeigCommandHandler {
    private static final int ISO_NOT_SUPPORTED = 0x01;
    private static final int ISO_BLOCK_NOT_AVAILABLE = 0x10;

    private final SimRfidPad pad;
    private final FeigReaderEmulator settings;
    private List<SimTag> pendingInventory = List.of();

    FeigCommandHandler(SimRfidPad pad, FeigReaderEmulator settings) {
        this.pad = pad;
        this.settings = settings;
    }

    /** The answer, and how many tags it reports (for inventory timing). */
    record Answer(FeigResponse response, int tags) {
    }

    Answer handle(FeigRequest request) {
        int address = settings.busAddress();
        if (request.command() != IsoHostCommand.FEIG_COMMAND) {
            return status(address, request.command(), FeigStatus.UNKNOWN_COMMAND);
        }
        byte[] data = request.data();
        IsoHostCommand command = data.length == 0 ? null : IsoHostCommand.of(data[0] & 0xFF);
        if (command == null) {
            return new Answer(response(address, FeigStatus.ISO_ERROR, new byte[] {ISO_NOT_SUPPORTED}), 0);
        }
        try {
            return switch (command) {
                case INVENTORY -> inventory(address, data);
                case GET_SYSTEM_INFORMATION -> systemInfo(address, data);
                case READ_MULTIPLE_BLOCKS -> readBlocks(address, data);
                case WRITE_MULTIPLE_BLOCKS -> writeBlocks(address, data);
                case WRITE_AFI -> writeAfi(address, data);
            };
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            return status(address, IsoHostCommand.FEIG_COMMAND, FeigStatus.LENGTH_ERROR);
        }
    }

    private Answer inventory(int address, byte[] data) {
        boolean more = (data[1] & IsoHostCommand.MODE_MORE) != 0;
        boolean withAfi = (data[1] & IsoHostCommand.MODE_AFI) != 0;
        int afi = withAfi ? data[2] & 0xFF : -1;
        List<SimTag> tags = more ? pendingInventory
                : pad.tagsOnPad().stream().filter(t -> !withAfi || t.afi() == afi).toList();
        if (tags.isEmpty()) {
            pendingInventory = List.of();
            return status(address, IsoHostCommand.FEIG_COMMAND, FeigStatus.NO_TRANSPONDER);
        }
        int n = Math.min(tags.size(), settings.maxTagsPerAnswer());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(n);
        for (SimTag tag : tags.subList(0, n)) {
            out.write(0x03);
            out.write(0x00);
            out.writeBytes(IsoHostData.uidBytes(tag.uid()));
        }
        pendingInventory = new ArrayList<>(tags.subList(n, tags.size()));
        int status = pendingInventory.isEmpty() ? FeigStatus.OK : FeigStatus.MORE_DATA;
        return new Answer(response(address, status, out.toByteArray()), n);
    }

    private Answer systemInfo(int address, byte[] data) {
        Optional<SimTag> tag = addressedTag(data);
        if (tag.isEmpty()) {
            return noTag(address);
        }
        SimTag t = tag.get();
        byte[] info = new byte[13];
        System.arraycopy(IsoHostData.uidBytes(t.uid()), 0, info, 1, 8);
        info[9] = (byte) t.afi();
        info[10] = (byte) (SimTag.BLOCK_SIZE - 1);
        info[11] = (byte) (t.blockCount() - 1);
        info[12] = 0x01;
        return new Answer(response(address, FeigStatus.OK, info), 0);
    }

    private Answer readBlocks(int address, byte[] data) {
        Optional<SimTag> tag = addressedTag(data);
        if (tag.isEmpty()) {
            return noTag(address);
        }
        int first = data[10] & 0xFF;
        int count = data[11] & 0xFF;
        SimTag t = tag.get();
        if (count == 0 || first + count > t.blockCount()) {
            return new Answer(response(address, FeigStatus.ISO_ERROR, new byte[] {ISO_BLOCK_NOT_AVAILABLE}), 0);
        }
        byte[] memory = Arrays.copyOfRange(t.memory(), first * SimTag.BLOCK_SIZE, (first + count) * SimTag.BLOCK_SIZE);
        byte[] onAir = settings.blockBytesMsbFirst() ? TagCodec.reverseBlocks(memory) : memory;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(count);
        out.write(SimTag.BLOCK_SIZE);
        for (int b = 0; b < count; b++) {
            out.write(0x00);
            out.write(onAir, b * SimTag.BLOCK_SIZE, SimTag.BLOCK_SIZE);
        }
        return new Answer(response(address, FeigStatus.OK, out.toByteArray()), 0);
    }

    private Answer writeBlocks(int address, byte[] data) {
        Optional<SimTag> tag = addressedTag(data);
        if (tag.isEmpty()) {
            return noTag(address);
        }
        int first = data[10] & 0xFF;
        int count = data[11] & 0xFF;
        int size = data[12] & 0xFF;
        if (data.length != 13 + count * size) {
            return status(address, IsoHostCommand.FEIG_COMMAND, FeigStatus.LENGTH_ERROR);
        }
        byte[] onAir = Arrays.copyOfRange(data, 13, data.length);
        if (size != SimTag.BLOCK_SIZE || first + count > tag.get().blockCount()) {
            return new Answer(response(address, FeigStatus.ISO_ERROR,
                    new byte[] {ISO_BLOCK_NOT_AVAILABLE, (byte) first}), 0);
        }
        if (settings.consumeWriteFailure()) {
            return new Answer(response(address, FeigStatus.WRITE_ERROR, new byte[] {(byte) first}), 0);
        }
        tag.get().write(first, settings.blockBytesMsbFirst() ? TagCodec.reverseBlocks(onAir) : onAir);
        return status(address, IsoHostCommand.FEIG_COMMAND, FeigStatus.OK);
    }

    private Answer writeAfi(int address, byte[] data) {
        Optional<SimTag> tag = addressedTag(data);
        if (tag.isEmpty()) {
            return noTag(address);
        }
        if (settings.consumeWriteFailure()) {
            return status(address, IsoHostCommand.FEIG_COMMAND, FeigStatus.WRITE_ERROR);
        }
        tag.get().afi(data[10] & 0xFF);
        return status(address, IsoHostCommand.FEIG_COMMAND, FeigStatus.OK);
    }

    /** The tag a command addresses; empty when it is not on the pad (or the command is not addressed). */
    private Optional<SimTag> addressedTag(byte[] data) {
        if ((data[1] & 0x07) != IsoHostCommand.MODE_ADDRESSED) {
            return Optional.empty();
        }
        return pad.tag(IsoHostData.uid(data, 2));
    }

    private static Answer noTag(int address) {
        return status(address, IsoHostCommand.FEIG_COMMAND, FeigStatus.NO_TRANSPONDER);
    }

    private static Answer status(int address, int command, int status) {
        return new Answer(new FeigResponse(address, command, status, new byte[0]), 0);
    }

    private static FeigResponse response(int address, int status, byte[] data) {
        return new FeigResponse(address, IsoHostCommand.FEIG_COMMAND, status, data);
    }
}
