package org.pustaka.central.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.pustaka.central.circulation.Account;
import org.pustaka.central.circulation.AccountAnswer;
import org.pustaka.central.circulation.CheckinRequest;
import org.pustaka.central.circulation.CheckoutRequest;
import org.pustaka.central.circulation.CirculationAnswer;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.circulation.HoldReady;
import org.pustaka.central.circulation.ItemState;
import org.pustaka.central.circulation.ItemStatus;
import org.pustaka.central.circulation.LoanLine;
import org.pustaka.central.circulation.Patron;
import org.pustaka.central.circulation.PatronAnswer;
import org.pustaka.central.circulation.Refusal;
import org.pustaka.central.circulation.RefusalCode;
import org.pustaka.central.circulation.RenewAllAnswer;
import org.pustaka.central.circulation.RenewAllRequest;
import org.pustaka.central.circulation.RenewRequest;
import org.pustaka.central.circulation.Sentence;

/**
 * A small in-memory circulation desk for the HTTP door's tests: one member {@code M1} with PIN {@code 1234},
 * items {@code B1..B9}. It shows what the door sends to the core and how it renders the core's answers; the
 * core's rules over SLiMS are tested with the core.
 */
final class MemoryDesk implements CirculationDesk {
    final Map<String, String> holder = new ConcurrentHashMap<>();
    final Map<String, CirculationAnswer> answered = new ConcurrentHashMap<>();
    final AtomicInteger authentications = new AtomicInteger();
    static final LocalDate DUE = LocalDate.of(2026, 12, 21);

    private static Patron m1(boolean pinOk) {
        return new Patron("M1", "Siti Rahma", "Umum", LocalDate.of(2027, 12, 31), true, pinOk, List.of(), 2500, "IDR");
    }

    @Override
    public PatronAnswer authenticate(String memberId, Optional<String> pin) {
        authentications.incrementAndGet();
        if (!memberId.equals("M1")) {
            return PatronAnswer.refused(null, new Refusal(RefusalCode.UNKNOWN_PATRON, new Sentence("Kartu tidak dikenal.",
                    "Unknown card.")));
        }
        if (pin.isPresent() && !pin.get().equals("1234")) {
            return PatronAnswer.refused(m1(false), new Refusal(RefusalCode.WRONG_PIN, new Sentence("PIN salah.", "Wrong PIN.")));
        }
        return PatronAnswer.accepted(m1(true));
    }

    @Override
    public AccountAnswer account(String memberId) {
        List<LoanLine> loans = new ArrayList<>();
        holder.forEach((item, who) -> {
            if (who.equals(memberId)) {
                loans.add(new LoanLine(item, "Judul " + item, DUE.minusDays(7), DUE, 0, false));
            }
        });
        return new AccountAnswer(new Account(m1(true), loans, List.of(new HoldReady("B9", "Laskar Pelangi", null))), null);
    }

    @Override
    public CirculationAnswer checkout(CheckoutRequest r) {
        return answered.computeIfAbsent(r.kioskId() + "/" + r.requestId(), k -> {
            if (!r.itemCode().matches("B[1-9]")) {
                return CirculationAnswer.refused(r.itemCode(), null, new Refusal(RefusalCode.ITEM_UNKNOWN,
                        new Sentence("Buku tidak dikenal.", "Unknown item.")));
            }
            String before = holder.putIfAbsent(r.itemCode(), r.memberId());
            if (before != null && !before.equals(r.memberId())) {
                return CirculationAnswer.refused(r.itemCode(), "Judul", new Refusal(RefusalCode.ITEM_ALREADY_ON_LOAN,
                        new Sentence("Sedang dipinjam.", "Already on loan.")));
            }
            return new CirculationAnswer(r.itemCode(), true, "Judul " + r.itemCode(), DUE, r.memberId(), null,
                    before != null, false, 0, 0, List.of());
        });
    }

    @Override
    public CirculationAnswer checkin(CheckinRequest r) {
        String who = holder.remove(r.itemCode());
        if (who == null) {
            return CirculationAnswer.refused(r.itemCode(), null, new Refusal(RefusalCode.ITEM_NOT_ON_LOAN,
                    new Sentence("Tidak sedang dipinjam.", "Not on loan.")));
        }
        return new CirculationAnswer(r.itemCode(), true, "Judul", null, who, null, false, r.itemCode().equals("B9"), 1000,
                0, List.of(new Sentence("Denda Rp1.000.", "Fine Rp1,000.")));
    }

    @Override
    public CirculationAnswer renew(RenewRequest r) {
        if (!r.memberId().equals(holder.get(r.itemCode()))) {
            return CirculationAnswer.refused(r.itemCode(), null, new Refusal(RefusalCode.ITEM_NOT_ON_LOAN,
                    new Sentence("Tidak sedang dipinjam.", "Not on loan.")));
        }
        return new CirculationAnswer(r.itemCode(), true, "Judul", DUE.plusDays(7), r.memberId(), null, false, false, 0, 1,
                List.of());
    }

    @Override
    public RenewAllAnswer renewAll(RenewAllRequest r) {
        List<CirculationAnswer> out = new ArrayList<>();
        holder.forEach((item, who) -> {
            if (who.equals(r.memberId())) {
                out.add(renew(new RenewRequest(r.requestId() + item, r.kioskId(), r.memberId(), item, r.transactionTime())));
            }
        });
        return new RenewAllAnswer(out, null);
    }

    @Override
    public ItemState item(String itemCode) {
        if (!itemCode.matches("B[1-9]")) {
            return ItemState.unknown(itemCode);
        }
        String who = holder.get(itemCode);
        return new ItemState(itemCode, true, who == null ? ItemStatus.AVAILABLE : ItemStatus.CHARGED, "Judul " + itemCode,
                who == null ? null : DUE, who, true, "Umum", "Lantai 1");
    }
}
