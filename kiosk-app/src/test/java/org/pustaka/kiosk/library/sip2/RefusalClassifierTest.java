package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.sip2.RefusalClassifier.Operation;

class RefusalClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Item not checked out;CHECKIN;ITEM_NOT_ON_LOAN",
        "Buku ini tidak sedang dipinjam oleh Anda.;RENEW;ITEM_NOT_ON_LOAN",
        "Item has reached maximum renewals;RENEW;RENEWAL_LIMIT_REACHED",
        "Perpanjangan sudah mencapai batas 2 kali.;RENEW;RENEWAL_LIMIT_REACHED",
        "Invalid patron;CHECKOUT;UNKNOWN_PATRON",
        "Invalid password;CHECKOUT;WRONG_PIN",
        "PIN salah.;CHECKOUT;WRONG_PIN",
        "Patron card expired;CHECKOUT;CARD_EXPIRED",
        "Patron has fines;CHECKOUT;FINES_TOO_HIGH",
        "Patron blocked;CHECKOUT;PATRON_BLOCKED",
        "Invalid Item;CHECKOUT;ITEM_UNKNOWN",
        "Item is not for loan;CHECKOUT;ITEM_NOT_FOR_LOAN",
        "Item is on hold shelf for another patron;CHECKOUT;ITEM_ON_HOLD_FOR_ANOTHER",
        "Patron has too many items;CHECKOUT;TOO_MANY_ITEMS",
        "Item already checked out to another patron;CHECKOUT;ITEM_ALREADY_ON_LOAN",
        "Buku sedang dipinjam anggota lain.;CHECKOUT;ITEM_ALREADY_ON_LOAN",
        "Something odd happened;CHECKOUT;OTHER",
        "Something odd happened;RENEW;RENEWAL_NOT_ALLOWED",
        "Silakan pinjam buku lain;CHECKOUT;OTHER"
    })
    void namesTheReasonFromTheScreenMessage(String message, Operation operation, RefusalReason expected) {
        assertThat(RefusalClassifier.classify(List.of(message), operation)).isEqualTo(expected);
    }
}
