package org.pustaka.hardware.rfid.feig;

import java.util.HexFormat;

/** A host-to-reader frame: bus address, command byte and data. */
public record FeigRequest(int address, int command, byte[] data) {

    public FeigRequest {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The first data byte: for command 0xB0 the ISO 15693 host command; -1 when there is no data. */
    public int isoCommand() {
        return data.length == 0 ? -1 : data[0] & 0xFF;
    }

    @Override
    public String toString() {
        return String.format("FeigRequest[adr=%02X, cmd=%02X, data=%s]", address, command,
                HexFormat.of().formatHex(data));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeigRequest r && r.address == address && r.command == command
                && java.util.Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * address + command) + java.util.Arrays.hashCode(data);
    }
}
