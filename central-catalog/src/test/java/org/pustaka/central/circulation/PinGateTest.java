package org.pustaka.central.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** PIN checks run at most N at once; the rest queue in order and an interrupted waiter is refused. */
class PinGateTest {

    @Test
    void noMoreChecksRunAtOnceThanThePermitsAndTheOthersWait() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        PinGate gate = new PinGate(1, (pin, hash) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return pin.equals(hash);
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Boolean> a = pool.submit(() -> gate.matches("1234", "1234"));
            Future<Boolean> b = pool.submit(() -> gate.matches("1234", "9999"));
            Future<Boolean> c = pool.submit(() -> gate.matches("4321", "4321"));
            await().atMost(Duration.ofSeconds(10)).until(() -> gate.waiting() == 2);
            assertThat(running.get()).isEqualTo(1);
            release.countDown();
            assertThat(a.get()).isTrue();
            assertThat(b.get()).isFalse();
            assertThat(c.get()).isTrue();
            assertThat(most.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCheckInterruptedWhileQueueingIsRefused() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        PinGate gate = new PinGate(1, (pin, hash) -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> holder = pool.submit(() -> gate.matches("1", "1"));
            assertThat(entered.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            Thread waiter = new Thread(() -> assertThat(gate.matches("1", "1")).isFalse());
            AtomicInteger failures = new AtomicInteger();
            waiter.setUncaughtExceptionHandler((t, e) -> failures.incrementAndGet());
            waiter.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> gate.waiting() == 1);
            waiter.interrupt();
            waiter.join(10_000);
            assertThat(waiter.isAlive()).isFalse();
            assertThat(failures.get()).isZero();
            release.countDown();
            assertThat(holder.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void atLeastOneCheckMustBeAbleToRun() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PinGate(0, (p, h) -> true))
                .hasMessageContaining("at least one");
    }
}
