package org.pustaka.kiosk.compose;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pustaka.hardware.api.CardScanner;
import org.pustaka.hardware.card.CardReaders;
import org.pustaka.hardware.card.pad.PadCardReader;
import org.pustaka.hardware.card.pcsc.PcscCardReader;
import org.pustaka.hardware.card.serial.ControlText;
import org.pustaka.hardware.card.serial.SerialCardScanner;
import org.pustaka.hardware.serial.JsscSerialLink;
import org.pustaka.hardware.serial.Parity;
import org.pustaka.hardware.serial.SerialSettings;
import org.pustaka.kiosk.config.CardSettings;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.identification.CardPairings;
import org.pustaka.kiosk.identification.CatalogCardPairings;
import org.pustaka.kiosk.identification.IdentifiedCards;
import org.pustaka.kiosk.identification.MemberNumbers;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.store.jdbc.JdbcCardPairingStore;
import org.pustaka.kiosk.ui.cards.KeyboardWedge;

/**
 * The card readers {@code card.readers} names, built with {@code new}: the keyboard-wedge scanner on the
 * Swing side, the serial scanner on its port, patron cards on the RFID pad (listening to the engine's
 * reader watch), contactless cards over PC/SC; plus {@code extra} (the demo's simulated scanner). All of
 * them behind one {@link IdentifiedCards}, which normalises member numbers and looks contactless cards
 * up in the central catalog's pairings, kept in the local store.
 */
public final class KioskCards {

    private KioskCards() {
    }

    static IdentifiedCards open(KioskConfig config, KioskEngine engine, CentralCatalogClient catalog,
                                List<CardScanner> extra) {
        CardReaders readers = new CardReaders(readers(config, engine, extra));
        CardPairings pairings = catalog == null ? CardPairings.NONE
                : new CatalogCardPairings(catalog, new JdbcCardPairingStore(engine.database()), Clock.systemUTC());
        return new IdentifiedCards(readers, MemberNumbers.of(config.cards()), pairings);
    }

    /** The configured readers alone, as diagnostics lists them (nothing is started). */
    public static List<CardScanner> readers(KioskConfig config, KioskEngine engine, List<CardScanner> extra) {
        CardSettings c = config.cards();
        List<CardScanner> out = new ArrayList<>();
        for (String name : c.readers()) {
            switch (name) {
                case "hid" -> out.add(new KeyboardWedge(c.hidMaxGapMillis(), c.hidMinLength()));
                case "serial" -> out.add(serial(c));
                case "pad" -> {
                    PadCardReader pad = new PadCardReader(config.rfid().ownerCountry(), config.rfid().ownerIsil());
                    if (engine != null) {
                        engine.watchReader(pad);
                    }
                    out.add(pad);
                }
                case "pcsc" -> out.add(new PcscCardReader(c.pcscReader(), Duration.ofMillis(c.pcscPollMillis())));
                default -> throw new IllegalArgumentException("Unknown card reader " + name);
            }
        }
        out.addAll(extra);
        return out;
    }

    static SerialCardScanner serial(CardSettings c) {
        JsscSerialLink link = new JsscSerialLink(new SerialSettings(c.serialPort(), c.serialBaud(), 8, Parity.NONE, 1));
        return new SerialCardScanner(link, new SerialCardScanner.Options(Path.of(c.serialPort()),
                ControlText.parse(c.serialPrefix()), ControlText.parse(c.serialSuffix()), Duration.ofMillis(500),
                Duration.ofSeconds(2)));
    }
}
