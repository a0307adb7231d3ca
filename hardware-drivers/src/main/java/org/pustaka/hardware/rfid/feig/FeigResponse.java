package org.pustaka.hardware.rfid.feig;

import java.util.Arrays;
import java.util.HexFormat;

/** A reader-to-host frame: bus address, the command it answers, the status byte and data. */
public record FeigResponse(int address, int command, int status, byte[] data) {

    public FeigResponse {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String toString() {
        return String.format("FeigResponse[adr=%02X, cmd=%02X, status=%02X, data=%s]", address, command, status,
                HexFormat.of().formatHex(data));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeigResponse r && r.address == address && r.command == command && r.status == status
                && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * address + command) + status) + Arrays.hashCode(data);
    }
}
