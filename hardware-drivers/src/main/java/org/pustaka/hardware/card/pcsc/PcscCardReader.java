package org.pustaka.hardware.card.pcsc;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.CardRead;
import org.pustaka.hardware.card.CardReaderBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contactless cards on a PC/SC desk reader ({@code javax.smartcardio} over pcscd). Every poll it asks
 * pcscd for the readers whose name contains {@code readerName} (any when empty) and, for a card newly in
 * the field, reads a member number from an NDEF text record or else the card's UID, and delivers it once
 * while the card stays. Cards in two readers at once are {@link CardProblem.Kind#TWO_CARDS}. When pcscd
 * or the reader goes away the reader reports {@link CardProblem.Kind#READER_LOST} and asks pcscd again
 * with a fresh context until it is back.
 *
 * <p>Runs on its own daemon thread {@code card-pcsc}.
 */
public final class PcscCardReader extends CardReaderBase {
    private static final Logger LOG = LoggerFactory.getLogger(PcscCardReader.class);

    private final String readerName;
    private final Duration poll;
    private final Set<String> present = new HashSet<>();

    public PcscCardReader(String readerName, Duration poll) {
        super("pcsc");
        this.readerName = readerName == null ? "" : readerName;
        this.poll = poll;
    }

    @Override
    protected void begin() {
        startThread("card-pcsc", this::run);
    }

    @Override
    protected void end() {
        stopThread();
    }

    private void run() {
        TerminalFactory factory = null;
        boolean lost = false;
        while (ownThread()) {
            try {
                if (factory == null) {
                    // a fresh context: one made before pcscd restarted never sees readers again
                    factory = TerminalFactory.getInstance("PC/SC", null);
                }
                List<CardTerminal> terminals = matching(factory.terminals().list());
                if (terminals.isEmpty()) {
                    throw new CardException("no PC/SC reader" + (readerName.isEmpty() ? "" : " named like '" + readerName + "'"));
                }
                healthy(terminals.get(0).getName());
                if (lost) {
                    report(CardProblem.Kind.READER_BACK, terminals.get(0).getName());
                    lost = false;
                }
                pollCards(terminals);
            } catch (CardException | RuntimeException | java.security.NoSuchAlgorithmException e) {
                factory = null;
                present.clear();
                PcscContext.renew();
                if (!lost) {
                    LOG.warn("The contactless card reader is not available: {}", e.getMessage());
                    report(CardProblem.Kind.READER_LOST, e.getMessage());
                    lost = true;
                }
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private List<CardTerminal> matching(List<CardTerminal> all) {
        String wanted = readerName.toLowerCase(Locale.ROOT);
        return all.stream().filter(t -> t.getName().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    private void pollCards(List<CardTerminal> terminals) throws CardException {
        Set<String> now = new HashSet<>();
        for (CardTerminal t : terminals) {
            if (t.isCardPresent()) {
                now.add(t.getName());
            }
        }
        present.retainAll(now);
        Set<String> arrived = new HashSet<>(now);
        arrived.removeAll(present);
        present.addAll(now);
        if (arrived.isEmpty()) {
            return;
        }
        if (now.size() > 1) {
            report(CardProblem.Kind.TWO_CARDS, now.size() + " contactless cards at once");
            return;
        }
        CardTerminal terminal = terminals.stream().filter(t -> arrived.contains(t.getName())).findFirst().orElseThrow();
        read(terminal).ifPresentOrElse(this::deliver,
                () -> report(CardProblem.Kind.UNREADABLE, "the card gave neither a member number nor a UID"));
    }

    private Optional<CardRead> read(CardTerminal terminal) {
        Card card = null;
        try {
            card = terminal.connect("*");
            var channel = card.getBasicChannel();
            ContactlessCard cl = new ContactlessCard(apdu -> {
                try {
                    return channel.transmit(new CommandAPDU(apdu)).getBytes();
                } catch (CardException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
            Optional<String> number = cl.ndefText();
            if (number.isPresent()) {
                return Optional.of(CardRead.number(name(), number.get()));
            }
            return cl.uid().map(uid -> CardRead.uid(name(), uid));
        } catch (CardException | IOException | IllegalArgumentException e) {
            LOG.info("A contactless card could not be read: {}", e.getMessage());
            return Optional.empty();
        } finally {
            if (card != null) {
                try {
                    card.disconnect(false);
                } catch (CardException e) {
                    LOG.debug("Disconnecting the card failed: {}", e.getMessage());
                }
            }
        }
    }
}
