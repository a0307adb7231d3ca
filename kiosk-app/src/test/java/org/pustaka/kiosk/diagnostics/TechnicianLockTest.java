package org.pustaka.kiosk.diagnostics;

import org.pustaka.kiosk.pin.PinHash;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.testing.MutableClock;
import org.slf4j.LoggerFactory;

class TechnicianLockTest {
    private static final String PIN = "918273";
    private static final String WRONG = "564738";
    private static String hash;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"));
    private final MemoryAuditStore auditStore = new MemoryAuditStore();
    private final TechnicianLock lock =
            new TechnicianLock(hash, 5, Duration.ofMinutes(5), clock, new AuditLog(auditStore, clock));
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeAll
    static void hashPin() {
        hash = PinHash.hash(PIN);
    }

    @BeforeEach
    void attach() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void detach() {
        root.detachAppender(logs);
    }

    @Test
    void rightPinOpens() {
        UnlockResult r = lock.unlock(PIN);
        assertThat(r.granted()).isTrue();
        assertThat(auditStore.latest(1).get(0).outcome()).isEqualTo(AuditEntry.Outcome.OK);
    }

    @Test
    void fiveWrongPinsLockForFiveMinutesEvenAgainstTheRightPin() {
        for (int i = 1; i <= 4; i++) {
            UnlockResult r = lock.unlock(WRONG);
            assertThat(r.outcome()).isEqualTo(UnlockResult.Outcome.WRONG_PIN);
            assertThat(r.triesLeft()).isEqualTo(5 - i);
        }
        UnlockResult fifth = lock.unlock(WRONG);
        assertThat(fifth.outcome()).isEqualTo(UnlockResult.Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).isEqualTo(Instant.parse("2026-11-28T03:05:00Z"));
        assertThat(fifth.message().both()).contains("Too many wrong PINs");

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(lock.unlock(PIN).outcome()).isEqualTo(UnlockResult.Outcome.LOCKED);
        assertThat(lock.lockedUntil()).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(lock.lockedUntil()).isEmpty();
        assertThat(lock.unlock(PIN).granted()).isTrue();
    }

    @Test
    void afterTheLockTheCountStartsAgain() {
        for (int i = 0; i < 5; i++) {
            lock.unlock(WRONG);
        }
        clock.advance(Duration.ofMinutes(5));
        assertThat(lock.unlock(WRONG).triesLeft()).isEqualTo(4);
    }

    @Test
    void aRightPinResetsTheCount() {
        lock.unlock(WRONG);
        lock.unlock(WRONG);
        assertThat(lock.unlock(PIN).granted()).isTrue();
        assertThat(lock.unlock(WRONG).triesLeft()).isEqualTo(4);
    }

    @Test
    void withoutAHashNothingOpensAndTheMessageSaysHowToSetIt() {
        TechnicianLock none = new TechnicianLock("", 5, Duration.ofMinutes(5), clock, new AuditLog(auditStore, clock));
        UnlockResult r = none.unlock("");
        assertThat(r.outcome()).isEqualTo(UnlockResult.Outcome.NOT_CONFIGURED);
        assertThat(r.message().both()).contains("diagnostics.pinHash", "--hash-pin");
        assertThat(new TechnicianLock("not-a-hash", 5, Duration.ofMinutes(5), clock, new AuditLog(auditStore, clock))
                .unlock(PIN).granted()).isFalse();
    }

    @Test
    void thePinNeverReachesTheLogOrTheAuditTrail() {
        for (int i = 0; i < 6; i++) {
            lock.unlock(WRONG);
        }
        clock.advance(Duration.ofMinutes(6));
        lock.unlock(PIN);

        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent e : logs.list) {
            assertThat(e.getFormattedMessage()).doesNotContain(PIN).doesNotContain(WRONG);
            assertThat(e.getMessage()).doesNotContain(PIN).doesNotContain(WRONG);
            if (e.getArgumentArray() != null) {
                assertThat(Arrays.toString(e.getArgumentArray())).doesNotContain(PIN).doesNotContain(WRONG);
            }
        }
        assertThat(auditStore.latest(100)).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(a -> assertThat(a.detail()).doesNotContain(PIN).doesNotContain(WRONG));
    }
}
