package org.pustaka.kiosk.bench;

import java.util.List;
import org.pustaka.hardware.api.CountsCommands;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;

/** An {@link RfidReader} that adds the time of every call to a {@link PortTimer}; otherwise the reader itself. */
public final class TimedRfidReader implements RfidReader {
    private final RfidReader reader;
    private final PortTimer timer;

    public TimedRfidReader(RfidReader reader, PortTimer timer) {
        this.reader = reader;
        this.timer = timer;
    }

    @Override
    public List<String> inventory() throws DeviceException {
        long t = System.nanoTime();
        try {
            return reader.inventory();
        } finally {
            timer.add(t);
        }
    }

    @Override
    public byte[] readMemory(String uid) throws DeviceException {
        long t = System.nanoTime();
        try {
            return reader.readMemory(uid);
        } finally {
            timer.add(t);
        }
    }

    @Override
    public List<String> inventoryWithAfi(int afi) throws DeviceException {
        long t = System.nanoTime();
        try {
            return reader.inventoryWithAfi(afi);
        } finally {
            timer.add(t);
        }
    }

    @Override
    public TagRead read(String uid) throws DeviceException {
        long t = System.nanoTime();
        try {
            return reader.read(uid);
        } finally {
            timer.add(t);
        }
    }

    @Override
    public void writeAfi(String uid, int afi) throws DeviceException {
        long t = System.nanoTime();
        try {
            reader.writeAfi(uid, afi);
        } finally {
            timer.add(t);
        }
    }

    @Override
    public void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
        long t = System.nanoTime();
        try {
            reader.writeBlocks(uid, firstBlock, data);
        } finally {
            timer.add(t);
        }
    }

    @Override
    public DeviceHealth health() {
        long t = System.nanoTime();
        try {
            return reader.health();
        } finally {
            timer.add(t);
        }
    }

    /** Commands the wrapped driver sent to its device so far, or -1 when the driver does not count them. */
    public long commandsSent() {
        return reader instanceof CountsCommands c ? c.commandsSent() : -1;
    }

    @Override
    public void close() {
        reader.close();
    }
}
