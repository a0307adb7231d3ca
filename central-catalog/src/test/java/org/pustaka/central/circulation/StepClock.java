package org.pustaka.central.circulation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/** A clock one second later at every reading, so a repeat never writes the time stamp of the first attempt. */
final class StepClock extends Clock {

    private final Instant start;
    private final AtomicLong readings = new AtomicLong();

    StepClock(Instant start) {
        this.start = start;
    }

    @Override
    public ZoneId getZone() {
        return SlimsFixture.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return start.plusSeconds(readings.getAndIncrement());
    }
}
