package org.pustaka.hardware.card.pad;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.card.CardReaderBase;
import org.pustaka.hardware.rfid.TagArrived;
import org.pustaka.hardware.rfid.TagLeft;
import org.pustaka.hardware.rfid.TagListener;
import org.pustaka.hardware.tag.LibraryTag;

/**
 * Library cards on the RFID pad: an ISO 28560 tag whose type of usage is a patron card (main class 8;
 * the 4-bit field of the ISO 28560-3 basic block holds only the main class, so "81" and "82" both read
 * as 8) carries the member number where a book carries its item id. Each card is delivered once when it
 * arrives. Two cards on the pad at once are {@link CardProblem.Kind#TWO_CARDS} (nobody is chosen); a card
 * whose owner library (country and ISIL) is not this library's is {@link CardProblem.Kind#OTHER_LIBRARY}.
 * The reader failing and coming back are reported too.
 *
 * <p>Listens to the pad's {@code ReaderWatch} (register it with {@code addListener}), on the watch's thread.
 */
public final class PadCardReader extends CardReaderBase implements TagListener {
    private final String ownerCountry;
    private final String ownerIsil;
    private final Map<String, LibraryTag> cards = new LinkedHashMap<>();
    private volatile boolean running;

    public PadCardReader(String ownerCountry, String ownerIsil) {
        super("pad");
        this.ownerCountry = ownerCountry;
        this.ownerIsil = ownerIsil;
        healthy("RFID pad");
    }

    @Override
    protected void begin() {
        running = true;
    }

    @Override
    protected void end() {
        running = false;
    }

    @Override
    public synchronized void tagArrived(TagArrived event) {
        LibraryTag tag = event.tag().orElse(null);
        if (tag == null || !tag.usage().patronCard()) {
            return;
        }
        cards.put(event.uid(), tag);
        if (!running) {
            return;
        }
        if (cards.size() > 1) {
            report(CardProblem.Kind.TWO_CARDS, cards.size() + " patron cards on the pad");
        } else if (!ownerCountry.equalsIgnoreCase(tag.country()) || !ownerIsil.equalsIgnoreCase(tag.isil())) {
            report(CardProblem.Kind.OTHER_LIBRARY, "card of " + tag.country() + "-" + tag.isil());
        } else {
            deliverNumber(tag.itemId());
        }
    }

    @Override
    public synchronized void tagLeft(TagLeft event) {
        cards.remove(event.uid());
    }

    @Override
    public void readerFailed(DeviceException cause) {
        report(CardProblem.Kind.READER_LOST, cause.getMessage());
    }

    @Override
    public void readerRecovered() {
        report(CardProblem.Kind.READER_BACK, "RFID pad");
    }
}
