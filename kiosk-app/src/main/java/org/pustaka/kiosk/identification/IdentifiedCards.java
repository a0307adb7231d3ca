package org.pustaka.kiosk.identification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.pustaka.hardware.api.CardListener;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.CardRead;
import org.pustaka.hardware.api.CardScanner;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.privacy.PatronMask;

/**
 * The kiosk's card readers as the screens need them: every card arrives as a normalised member number,
 * whichever reader read it. A contactless card's UID is looked up in the {@link CardPairings} on this
 * class's own thread ({@code card-lookup}), one card at a time in order; an unpaired card, or one that
 * cannot be looked up now, and a read that normalises to nothing become problems with a sentence on the
 * screen. Problems of the readers pass through unchanged.
 */
public final class IdentifiedCards implements CardScanner {
    private final CardScanner readers;
    private final MemberNumbers numbers;
    private final CardPairings pairings;
    private final ExecutorService lookup = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "card-lookup");
        t.setDaemon(true);
        return t;
    });
    private volatile CardRead last;

    public IdentifiedCards(CardScanner readers, MemberNumbers numbers, CardPairings pairings) {
        this.readers = readers;
        this.numbers = numbers;
        this.pairings = pairings;
    }

    /** The readers behind this, for diagnostics. */
    public CardScanner readers() {
        return readers;
    }

    /** The last card read, its number masked (the technician's "scan a card" test); empty text when none yet. */
    public String lastReadMasked() {
        CardRead r = last;
        return r == null ? "" : r.reader() + " " + r.kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                + PatronMask.mask(r.value());
    }

    @Override
    public void start(Consumer<String> onCard) {
        listen(read -> onCard.accept(read.value()));
    }

    @Override
    public void listen(CardListener listener) {
        readers.listen(new CardListener() {
            @Override
            public void card(CardRead read) {
                last = read;
                lookup.execute(() -> resolve(read, listener));
            }

            @Override
            public void problem(CardProblem problem) {
                listener.problem(problem);
            }
        });
    }

    private void resolve(CardRead read, CardListener listener) {
        if (read.kind() == CardRead.Kind.NUMBER) {
            numbers.normalise(read.value()).ifPresentOrElse(n -> listener.card(CardRead.number(read.reader(), n)),
                    () -> listener.problem(new CardProblem(read.reader(), CardProblem.Kind.UNREADABLE, "no member number")));
            return;
        }
        CardPairings.Lookup found = pairings.memberFor(read.value());
        if (found instanceof CardPairings.Member m) {
            numbers.normalise(m.memberId()).ifPresent(n -> listener.card(CardRead.number(read.reader(), n)));
        } else {
            CardProblem.Kind kind = found instanceof CardPairings.Unknown
                    ? CardProblem.Kind.UNKNOWN_CARD : CardProblem.Kind.LOOKUP_UNAVAILABLE;
            listener.problem(new CardProblem(read.reader(), kind, ""));
        }
    }

    @Override
    public void stop() {
        readers.stop();
    }

    @Override
    public DeviceHealth health() {
        return readers.health();
    }

    @Override
    public void close() {
        readers.stop();
        lookup.shutdownNow();
    }
}
