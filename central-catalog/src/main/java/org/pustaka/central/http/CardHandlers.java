package org.pustaka.central.http;

import io.javalin.http.Context;
import java.sql.SQLException;
import org.pustaka.catalog.api.CardPairing;
import org.pustaka.central.cards.Cards;
import org.pustaka.central.refusal.Refused;

/** The card pairing look-up: which member a contactless card belongs to. */
final class CardHandlers {
    private final Cards cards;

    CardHandlers(Cards cards) {
        this.cards = cards;
    }

    /** {@code GET cards/{uid}}: the pairing, 404 for a card never paired or unpaired, 400 for a UID not in hex. */
    void card(Context ctx) throws SQLException {
        String uid = ctx.pathParam("uid");
        if (!Cards.UID.matcher(uid).matches()) {
            throw Refused.invalid("UID kartu harus 4 sampai 10 bita heksadesimal tanpa pemisah, misalnya 04A224B2C35E80.",
                    "A card UID is 4 to 10 bytes of hex without separators, for example 04A224B2C35E80.");
        }
        Cards.Pairing p = cards.find(uid).orElseThrow(() -> new Refused(Refused.Kind.NOT_FOUND, "CARD_UNKNOWN",
                "Kartu ini belum dipasangkan dengan anggota; minta petugas memasangkannya.",
                "This card is not paired with a member; ask the staff to pair it."));
        Replies.json(ctx, 200, new CardPairing(p.uid(), p.memberId()));
    }
}
