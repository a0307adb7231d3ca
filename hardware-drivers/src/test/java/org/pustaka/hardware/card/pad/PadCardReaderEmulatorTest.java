package org.pustaka.hardware.card.pad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.CardRead;
import org.pustaka.hardware.card.RecordingCardListener;
import org.pustaka.hardware.rfid.ReaderWatch;
import org.pustaka.hardware.rfid.feig.FeigReaderOptions;
import org.pustaka.hardware.rfid.feig.FeigRfidReader;
import org.pustaka.hardware.serial.JsscSerialLink;
import org.pustaka.hardware.serial.SerialSettings;
import org.pustaka.hardware.serial.SocatPtyPair;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FeigReaderEmulator;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.hardware.sim.SimTag;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;
import org.pustaka.hardware.tag.TypeOfUsage;

/** Patron cards on the pad, read by the FEIG driver over a socat pty from the reader emulator. */
class PadCardReaderEmulatorTest {

    private static SimTag card(String uid, String member, String isil) {
        LibraryTag data = LibraryTag.of(member, TypeOfUsage.PATRON_CARD, 1, 1, "ID", isil);
        return new SimTag(uid, 0x07, TagCodec.encode(data, 32));
    }

    @Test
    void aPatronCardStartsAVisitTwoCardsOrAnotherLibrarysCardSaySo() throws Exception {
        SimRfidPad pad = new SimRfidPad();
        RecordingCardListener heard = new RecordingCardListener();
        try (SocatPtyPair pair = SocatPtyPair.start(); FeigReaderEmulator emulator = new FeigReaderEmulator(pad)) {
            emulator.startOnDevice(pair.second());
            FeigRfidReader reader = new FeigRfidReader(new JsscSerialLink(SerialSettings.feigDefaults(pair.first().toString())),
                    FeigReaderOptions.defaults().withResponseTimeout(Duration.ofMillis(300)));
            PadCardReader cards = new PadCardReader("ID", "MLG01");
            try (ReaderWatch watch = new ReaderWatch(reader, Duration.ofMillis(50), 2)) {
                watch.addListener(cards);
                cards.listen(heard);
                watch.start();
                pad.place(DemoTags.tagFor("30000101"));
                pad.place(card("E0040150CA000001", "M-000123", "MLG01"));
                await().atMost(10, TimeUnit.SECONDS).until(() -> !heard.cards.isEmpty());
                assertThat(heard.cards).containsExactly(CardRead.number("pad", "M-000123"));

                pad.place(card("E0040150CA000002", "M-000456", "MLG01"));
                await().atMost(10, TimeUnit.SECONDS).until(() -> heard.problemKinds().contains(CardProblem.Kind.TWO_CARDS));
                pad.remove("E0040150CA000001");
                pad.remove("E0040150CA000002");
                await().atMost(10, TimeUnit.SECONDS).until(() -> watch.tagsOnPad().size() == 1);

                pad.place(card("E0040150CA000003", "S-000789", "SBY01"));
                await().atMost(10, TimeUnit.SECONDS).until(() -> heard.problemKinds().contains(CardProblem.Kind.OTHER_LIBRARY));
                assertThat(heard.cards).as("only the first card, alone and of this library, was taken").hasSize(1);
            } finally {
                reader.close();
            }
        }
    }
}
