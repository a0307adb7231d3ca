package org.pustaka.hardware.rfid.feig;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.pustaka.hardware.serial.StreamSerialLink;
import org.pustaka.hardware.sim.FeigReaderEmulator;
import org.pustaka.hardware.sim.SimRfidPad;

/** The FEIG emulator on one end of an in-memory line and a driver on the other, for fast tests. */
final class EmulatorLine implements AutoCloseable {
    final SimRfidPad pad = new SimRfidPad();
    final FeigReaderEmulator emulator = new FeigReaderEmulator(pad);
    final FeigRfidReader reader;
    private final StreamSerialLink link;

    EmulatorLine(FeigReaderOptions options) {
        try {
            PipedInputStream toEmulator = new PipedInputStream(65_536);
            PipedInputStream toHost = new PipedInputStream(65_536);
            PipedOutputStream hostOut = new PipedOutputStream(toEmulator);
            PipedOutputStream emulatorOut = new PipedOutputStream(toHost);
            emulator.timing(Duration.ZERO, Duration.ZERO);
            emulator.start(toEmulator, emulatorOut);
            link = new StreamSerialLink("test", toHost, hostOut);
            reader = new FeigRfidReader(link, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EmulatorLine() {
        this(FeigReaderOptions.defaults().withResponseTimeout(Duration.ofMillis(600)));
    }

    @Override
    public void close() {
        emulator.close();
        reader.close();
    }
}
