package org.pustaka.hardware.card;

import java.util.List;
import java.util.function.Consumer;
import org.pustaka.hardware.api.CardListener;
import org.pustaka.hardware.api.CardRead;
import org.pustaka.hardware.api.CardScanner;
import org.pustaka.hardware.api.DeviceHealth;

/**
 * Several card readers as one: a kiosk may have a barcode scanner, the RFID pad and a contactless reader
 * at once, and whichever the visitor uses starts the visit. Listeners are called on each reader's own
 * thread. {@link #health()} is the worst state among them; {@link #healths()} lists each one.
 */
public final class CardReaders implements CardScanner {
    private final List<CardScanner> readers;

    public CardReaders(List<? extends CardScanner> readers) {
        this.readers = List.copyOf(readers);
    }

    public List<CardScanner> readers() {
        return readers;
    }

    @Override
    public void start(Consumer<String> onCard) {
        listen(read -> {
            if (read.kind() == CardRead.Kind.NUMBER) {
                onCard.accept(read.value());
            }
        });
    }

    @Override
    public void listen(CardListener listener) {
        readers.forEach(r -> r.listen(listener));
    }

    @Override
    public void stop() {
        readers.forEach(CardScanner::stop);
    }

    /** One line per reader, in configured order. */
    public List<DeviceHealth> healths() {
        return readers.stream().map(CardScanner::health).toList();
    }

    @Override
    public DeviceHealth health() {
        DeviceHealth worst = DeviceHealth.ok("card");
        for (DeviceHealth h : healths()) {
            if (h.state().ordinal() > worst.state().ordinal()) {
                worst = h;
            }
        }
        return worst;
    }
}
