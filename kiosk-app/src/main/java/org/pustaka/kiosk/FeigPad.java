package org.pustaka.kiosk;

import org.pustaka.hardware.rfid.feig.FeigReaderOptions;
import org.pustaka.hardware.rfid.feig.FeigRfidReader;
import org.pustaka.hardware.serial.JsscSerialLink;
import org.pustaka.hardware.serial.Parity;
import org.pustaka.hardware.serial.SerialSettings;
import org.pustaka.kiosk.config.RfidSettings;

/** The FEIG reader on its serial port as the configuration says; the port opens on the first command. */
final class FeigPad {

    private FeigPad() {
    }

    static FeigRfidReader open(RfidSettings rfid) {
        JsscSerialLink link = new JsscSerialLink(new SerialSettings(rfid.port(), rfid.baud(), rfid.dataBits(),
                Parity.of(rfid.parity()), rfid.stopBits()));
        return new FeigRfidReader(link, FeigReaderOptions.defaults().withBusAddress(rfid.busAddress()));
    }
}
