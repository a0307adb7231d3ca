package org.pustaka.central.backend.slims;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.pustaka.central.backend.ActivityLog;
import org.pustaka.central.backend.BackendException;
import org.pustaka.central.backend.Fines;
import org.pustaka.central.backend.Items;
import org.pustaka.central.backend.LibrarySession;
import org.pustaka.central.backend.LoanWriter;
import org.pustaka.central.backend.Loans;
import org.pustaka.central.backend.Members;
import org.pustaka.central.backend.Reservations;
import org.pustaka.central.backend.Rules;

/** One request on one connection to the SLiMS database; see {@link LibrarySession}. */
final class SlimsSession implements LibrarySession {

    private final Connection connection;
    private final SlimsLocks locks;
    private final SlimsMemberRepository members;
    private final SlimsItemRepository items;
    private final SlimsLoanRepository loans;
    private final SlimsRuleRepository rules;
    private final SlimsReserveRepository reservations;
    private final SlimsFineRepository fines;
    private final SlimsActivityRepository activity;

    SlimsSession(Connection connection, SlimsBackend.Context context) {
        this.connection = connection;
        Jdbc jdbc = new Jdbc(connection);
        this.locks = new SlimsLocks(jdbc, context.databaseTag());
        this.members = new SlimsMemberRepository(jdbc);
        this.items = new SlimsItemRepository(jdbc);
        this.loans = new SlimsLoanRepository(jdbc, context.staff().userId());
        this.rules = new SlimsRuleRepository(jdbc, context.settings());
        this.reservations = new SlimsReserveRepository(jdbc);
        this.fines = new SlimsFineRepository(jdbc, context.indonesian());
        this.activity = new SlimsActivityRepository(jdbc, context.staff().realName());
    }

    @Override
    public boolean lockItem(String itemCode, Duration wait) {
        return locks.lock("i", itemCode, wait);
    }

    @Override
    public boolean lockMember(String memberId, Duration wait) {
        return locks.lock("m", memberId, wait);
    }

    @Override
    public Members members() {
        return members;
    }

    @Override
    public Items items() {
        return items;
    }

    @Override
    public Loans loans() {
        return loans;
    }

    @Override
    public LoanWriter loanWriter() {
        return loans;
    }

    @Override
    public Rules rules() {
        return rules;
    }

    @Override
    public Reservations reservations() {
        return reservations;
    }

    @Override
    public Fines fines() {
        return fines;
    }

    @Override
    public ActivityLog activity() {
        return activity;
    }

    @Override
    public void close() {
        boolean released = false;
        try {
            locks.releaseAll();
            released = true;
        } catch (RuntimeException e) {
            // A lock may still be held: end the connection itself, which frees its locks on the server, rather
            // than hand a lock-holding connection back to the pool (which then finds it closed and drops it).
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException ignored) {
                // Already gone: its locks went with it.
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            if (released) {
                throw new BackendException("Could not hand back a SLiMS database connection: " + e.getMessage(), e);
            }
        }
    }
}
