package org.pustaka.central.circulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.pustaka.central.backend.LibrarySession;
import org.pustaka.central.backend.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the circulation flows share: the ledger, the library's clock and zone, locking, finishing. */
final class FlowContext {

    private static final Logger LOG = LoggerFactory.getLogger(FlowContext.class);

    /** A transaction time older than this (a kiosk clock gone wrong) is taken as now. */
    private static final Duration OLDEST_REPLAY = Duration.ofDays(30);

    final RequestLedger ledger;
    final DeskOptions options;
    private final Clock clock;

    FlowContext(RequestLedger ledger, DeskOptions options, Clock clock) {
        this.ledger = ledger;
        this.options = options;
        this.clock = clock;
    }

    ZoneId zone(LibrarySession s) {
        return s.rules().settings().zone();
    }

    LocalDate today(LibrarySession s) {
        return LocalDate.ofInstant(clock.instant(), zone(s));
    }

    /** The library-local time written into SLiMS's rows, to the second as its DATETIME columns keep it. */
    LocalDateTime stamp(LibrarySession s) {
        return LocalDateTime.ofInstant(clock.instant(), zone(s)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The library-local day a step happened: when the visitor did it, unless that is in the future or too old. */
    LocalDate day(LibrarySession s, Instant transactionTime) {
        Instant now = clock.instant();
        Instant when = transactionTime.isAfter(now) || transactionTime.isBefore(now.minus(OLDEST_REPLAY))
                ? now : transactionTime;
        return LocalDate.ofInstant(when, zone(s));
    }

    void lock(LibrarySession s, String memberId, String itemCode) {
        if (memberId != null && !s.lockMember(memberId, options.lockWait())) {
            throw new CirculationUnavailableException("Another request kept the member busy; try again.");
        }
        if (!s.lockItem(itemCode, options.lockWait())) {
            throw new CirculationUnavailableException("Another request kept the item busy; try again.");
        }
    }

    /** The stored answer of a finished request, if this request is finished. */
    Optional<CirculationAnswer> stored(RequestKey key) {
        return ledger.find(key).filter(RequestLedger.Entry::done)
                .map(e -> LedgerJson.read(e.answerJson(), CirculationAnswer.class));
    }

    /** The plan of a request that began writing and was cut off, if any. */
    <P> Optional<P> pendingPlan(RequestKey key, Class<P> type) {
        return ledger.find(key).filter(e -> !e.done() && e.planJson() != null)
                .map(e -> LedgerJson.read(e.planJson(), type));
    }

    void begin(RequestKey key, String memberId, String itemCode, Object plan) {
        ledger.begin(key, memberId, itemCode, LedgerJson.write(plan));
    }

    /** Stores the answer (the first stored answer wins) and returns the stored one. */
    CirculationAnswer finish(RequestKey key, String memberId, String itemCode, CirculationAnswer answer) {
        String stored = ledger.finish(key, memberId, itemCode, LedgerJson.write(answer));
        return LedgerJson.read(stored, CirculationAnswer.class);
    }

    CirculationAnswer refuse(RequestKey key, String memberId, String itemCode, String title, RefusalCode code) {
        return finish(key, memberId, itemCode, CirculationAnswer.refused(itemCode, title, Texts.refusal(code)));
    }

    /** Why this member may not borrow or renew on this day, if anything stops them. */
    static Optional<RefusalCode> patronBlock(Member member, LocalDate day) {
        if (member.expireDate() != null && member.expireDate().isBefore(day)) {
            return Optional.of(RefusalCode.CARD_EXPIRED);
        }
        if (member.pending()) {
            return Optional.of(RefusalCode.PATRON_BLOCKED);
        }
        return Optional.empty();
    }

    /** Notes that a request cut off after its main write is being finished by its repeat. */
    static void finishing(RequestKey key, String memberId, String itemCode) {
        LOG.info("Finishing {} {} of kiosk {} (item {}, member {}) that was cut off after its main write",
                key.operation(), key.requestId(), key.kioskId(), itemCode, mask(memberId));
    }

    /** A member number as logs may show it: only its last three characters. */
    static String mask(String memberId) {
        if (memberId == null) {
            return "-";
        }
        int keep = Math.min(3, memberId.length());
        return "*".repeat(memberId.length() - keep) + memberId.substring(memberId.length() - keep);
    }

    /** Member ids compare as SLiMS's columns do: without case and trailing spaces. */
    static boolean sameMember(String a, String b) {
        return a != null && b != null && a.stripTrailing().equalsIgnoreCase(b.stripTrailing());
    }
}
