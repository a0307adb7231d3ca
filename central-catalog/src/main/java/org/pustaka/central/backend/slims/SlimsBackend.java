package org.pustaka.central.backend.slims;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.pustaka.central.backend.BackendException;
import org.pustaka.central.backend.LibraryBackend;
import org.pustaka.central.backend.LibrarySession;
import org.pustaka.central.backend.LibrarySettings;

/**
 * Circulation in a SLiMS 9 database, through its own tables, as its circulation desk does it. Built once by
 * the composition root with a pooled {@link DataSource} and the username of a dedicated SLiMS staff user
 * (its {@code user_id} goes into {@code loan.uid}, its real name into the activity log). Thread-safe.
 */
public final class SlimsBackend implements LibraryBackend {

    /** What every session shares: read once at {@link #connect}. */
    record Context(SlimsStaffRepository.Staff staff, LibrarySettings settings, boolean indonesian,
                   String databaseTag) {
    }

    private final DataSource dataSource;
    private final Context context;

    private SlimsBackend(DataSource dataSource, Context context) {
        this.dataSource = dataSource;
        this.context = context;
    }

    /**
     * Reads the staff user and SLiMS's settings. Throws {@link BackendException} with a sentence naming what
     * is missing when the staff user does not exist or the database does not answer.
     */
    public static SlimsBackend connect(DataSource dataSource, String staffUsername) {
        try (Connection c = dataSource.getConnection()) {
            Jdbc jdbc = new Jdbc(c);
            SlimsStaffRepository.Staff staff = new SlimsStaffRepository(jdbc).find(staffUsername)
                    .orElseThrow(() -> new BackendException("SLiMS has no staff user '" + staffUsername
                            + "'. Create one in SLiMS (System > Librarian & System Users) for the kiosks and name it"
                            + " in the service's configuration."));
            SlimsSettingRepository settings = new SlimsSettingRepository(jdbc);
            String database = jdbc.one("SELECT DATABASE()", rs -> rs.getString(1)).orElse("");
            String tag = Integer.toHexString(database.hashCode());
            return new SlimsBackend(dataSource, new Context(staff, settings.load(), settings.indonesian(), tag));
        } catch (SQLException e) {
            throw new BackendException("The SLiMS database did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public LibrarySession open() {
        try {
            return new SlimsSession(dataSource.getConnection(), context);
        } catch (SQLException e) {
            throw new BackendException("The SLiMS database did not answer: " + e.getMessage(), e);
        }
    }

    /** The library's settings as read at connect time (time zone, fine calculation). */
    public LibrarySettings settings() {
        return context.settings();
    }
}
