package org.pustaka.central.circulation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.pustaka.central.backend.BackendException;
import org.pustaka.central.backend.LibraryBackend;
import org.pustaka.central.backend.LibrarySession;
import org.pustaka.central.backend.Loan;

/**
 * The circulation core over one library system: {@link CirculationDesk} with the library's own rules and
 * exactly-once requests. Built once by the composition root with the library backend, the service's own
 * database (holding {@code circulation_request}, migrated by Flyway) and a clock. Thread-safe and stateless:
 * everything lives in the two databases, so replicas of the service can share them.
 */
public final class CirculationCore implements CirculationDesk {

    private final LibraryBackend backend;
    private final FlowContext ctx;
    private final CheckoutFlow checkouts;
    private final CheckinFlow checkins;
    private final RenewFlow renewals;
    private final PatronViews views;
    private final PinGate pins = PinGate.forThisMachine();

    public CirculationCore(LibraryBackend backend, DataSource ownStore, DeskOptions options, Clock clock) {
        this.backend = backend;
        this.ctx = new FlowContext(new RequestLedger(ownStore, clock), options, clock);
        this.checkouts = new CheckoutFlow(ctx);
        this.checkins = new CheckinFlow(ctx);
        this.renewals = new RenewFlow(ctx);
        this.views = new PatronViews(ctx);
    }

    @Override
    public PatronAnswer authenticate(String memberId, Optional<String> pin) {
        Optional<PatronViews.Seen> seen = inSession(s -> views.look(s, memberId));
        if (seen.isEmpty()) {
            return PatronAnswer.refused(null, Texts.refusal(RefusalCode.UNKNOWN_PATRON));
        }
        // The hash is checked with the library's connection back in the pool: a bcrypt check takes tens of
        // milliseconds of CPU, and loans should not wait for connections held meanwhile.
        boolean accepted = pin.isPresent() ? pins.matches(pin.get(), seen.get().passwordHash())
                : !ctx.options.pinRequired();
        return PatronViews.answer(seen.get(), accepted);
    }

    @Override
    public AccountAnswer account(String memberId) {
        return inSession(s -> views.account(s, memberId));
    }

    @Override
    public CirculationAnswer checkout(CheckoutRequest request) {
        RequestKey key = RequestKey.of(request.kioskId(), request.requestId(), "CHECKOUT");
        return ctx.stored(key).orElseGet(() -> inSession(s -> checkouts.run(s, request, key)));
    }

    @Override
    public CirculationAnswer checkin(CheckinRequest request) {
        RequestKey key = RequestKey.of(request.kioskId(), request.requestId(), "CHECKIN");
        return ctx.stored(key).orElseGet(() -> inSession(s -> checkins.run(s, request, key)));
    }

    @Override
    public CirculationAnswer renew(RenewRequest request) {
        RequestKey key = RequestKey.of(request.kioskId(), request.requestId(), "RENEW");
        return ctx.stored(key).orElseGet(() -> inSession(s -> renewals.run(s, request, key)));
    }

    @Override
    public RenewAllAnswer renewAll(RenewAllRequest request) {
        RequestKey key = RequestKey.of(request.kioskId(), request.requestId(), "RENEW_ALL");
        Optional<RequestLedger.Entry> done = ctx.ledger.find(key).filter(RequestLedger.Entry::done);
        if (done.isPresent()) {
            return LedgerJson.read(done.get().answerJson(), RenewAllAnswer.class);
        }
        Optional<List<Loan>> loans = inSession(s -> s.members().find(request.memberId())
                .map(m -> s.loans().openLoansOf(m.memberId())));
        RenewAllAnswer answer;
        if (loans.isEmpty()) {
            answer = new RenewAllAnswer(List.of(), Texts.refusal(RefusalCode.UNKNOWN_PATRON));
        } else {
            List<CirculationAnswer> results = new ArrayList<>();
            for (Loan loan : loans.get()) {
                RequestKey itemKey = key.forItem(loan.itemCode(), "RENEW");
                RenewRequest one = new RenewRequest(itemKey.requestId(), request.kioskId(), request.memberId(),
                        loan.itemCode(), request.transactionTime());
                results.add(ctx.stored(itemKey).orElseGet(() -> inSession(s -> renewals.run(s, one, itemKey))));
            }
            answer = new RenewAllAnswer(results, null);
        }
        String stored = ctx.ledger.finish(key, request.memberId(), null, LedgerJson.write(answer));
        return LedgerJson.read(stored, RenewAllAnswer.class);
    }

    @Override
    public ItemState item(String itemCode) {
        return inSession(s -> views.item(s, itemCode));
    }

    private <T> T inSession(Function<LibrarySession, T> work) {
        try (LibrarySession s = backend.open()) {
            return work.apply(s);
        } catch (BackendException e) {
            throw new CirculationUnavailableException("The library's database did not answer: " + e.getMessage(), e);
        }
    }
}
