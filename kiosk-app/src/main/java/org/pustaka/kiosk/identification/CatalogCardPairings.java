package org.pustaka.kiosk.identification;

import java.time.Clock;
import java.util.Optional;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.store.CardPairingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Card pairings from the central catalog ({@code GET cards/{uid}}), kept in the local store: every answer
 * is remembered (and a card the catalog no longer knows is forgotten, so a card reported lost stops
 * working at once); when the catalog cannot be reached, the kept pairing answers.
 */
public final class CatalogCardPairings implements CardPairings {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogCardPairings.class);

    private final CentralCatalogClient client;
    private final CardPairingStore kept;
    private final Clock clock;

    public CatalogCardPairings(CentralCatalogClient client, CardPairingStore kept, Clock clock) {
        this.client = client;
        this.kept = kept;
        this.clock = clock;
    }

    @Override
    public Lookup memberFor(String uid) {
        try {
            Optional<String> member = client.memberForCard(uid);
            if (member.isPresent()) {
                kept.remember(uid, member.get(), clock.instant());
                return new Member(member.get());
            }
            kept.forget(uid);
            return new Unknown();
        } catch (CatalogException e) {
            if (e.failure() == CatalogException.Failure.REFUSED) {
                return new Unknown();
            }
            LOG.info("The central catalog cannot say whose card this is ({}); using the pairing kept here.", e.failure());
            return kept.memberFor(uid).<Lookup>map(Member::new).orElseGet(Unavailable::new);
        }
    }
}
