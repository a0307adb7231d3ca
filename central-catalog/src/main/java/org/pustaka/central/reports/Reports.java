package org.pustaka.central.reports;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pustaka.central.store.Tx;

/**
 * Heartbeats and the report batches (transactions, survey answers, usage). A batch is stored in one
 * transaction; each record once by its id: a repeat is accepted again and changes nothing, an id that
 * another kiosk already used is refused for good.
 */
public final class Reports {
    private final Tx tx;
    private final Clock clock;
    private final ReportRepository repo = new ReportRepository();

    public Reports(Tx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** What became of a batch: ids stored now or before, and ids another kiosk owns. */
    public record Stored(List<UUID> accepted, List<UUID> foreign) {
    }

    public Instant heartbeat(String kioskId, HeartbeatRecord heartbeat) throws SQLException {
        Instant now = clock.instant();
        tx.run(c -> {
            repo.saveHeartbeat(c, kioskId, heartbeat, now);
            return null;
        });
        return now;
    }

    public Stored store(String kioskId, List<? extends Report> records) throws SQLException {
        Instant now = clock.instant();
        return tx.run(c -> {
            Set<UUID> accepted = new LinkedHashSet<>();
            List<UUID> foreign = new ArrayList<>();
            for (Report r : records) {
                if (accepted.contains(r.id()) || foreign.contains(r.id())) {
                    continue;
                }
                if (repo.insert(c, kioskId, r, now) || repo.ownerOf(c, r).map(kioskId::equals).orElse(false)) {
                    accepted.add(r.id());
                } else {
                    foreign.add(r.id());
                }
            }
            return new Stored(List.copyOf(accepted), foreign);
        });
    }
}
