package org.pustaka.central.backend.slims;

import java.time.LocalDateTime;
import org.pustaka.central.backend.ActivityLog;
import org.pustaka.central.backend.Member;

/**
 * SLiMS's {@code visitor_count} and {@code system_log} tables. The log messages follow SLiMS's desk word for
 * word (in English, as SLiMS writes them whatever the language), starting with the staff user's real name,
 * because SLiMS's Staff Activity report counts loans, returns and renewals by matching these texts.
 */
final class SlimsActivityRepository implements ActivityLog {

    private static final String VISITED = """
            SELECT 1 FROM visitor_count WHERE member_id = ? AND checkin_date >= ? AND checkin_date < ? LIMIT 1""";
    private static final String VISIT = """
            INSERT INTO visitor_count (member_id, member_name, institution, room_code, checkin_date)
            VALUES (?, ?, ?, NULL, ?)""";
    private static final String LOG = """
            INSERT INTO system_log (log_type, id, log_location, sub_module, action, log_msg, log_date)
            VALUES ('member', ?, 'circulation', ?, ?, ?, ?)""";
    private static final String LOGGED = """
            SELECT 1 FROM system_log
             WHERE id = ? AND log_location = 'circulation' AND log_msg = ? AND log_date = ? LIMIT 1""";

    private final Jdbc jdbc;
    private final String staffName;

    SlimsActivityRepository(Jdbc jdbc, String staffName) {
        this.jdbc = jdbc;
        this.staffName = staffName;
    }

    @Override
    public void visit(Member member, LocalDateTime stamp) {
        LocalDateTime dayStart = stamp.toLocalDate().atStartOfDay();
        boolean counted = jdbc.one(VISITED, rs -> 1, member.memberId(), dayStart, dayStart.plusDays(1)).isPresent();
        if (!counted) {
            jdbc.update(VISIT, member.memberId(), member.name(), member.institution(), stamp);
        }
    }

    @Override
    public void record(Step step, String memberId, String itemCode, LocalDateTime stamp) {
        jdbc.update(LOG, memberId, "Loan", action(step), message(step, memberId, itemCode), stamp);
    }

    @Override
    public boolean isRecorded(Step step, String memberId, String itemCode, LocalDateTime stamp) {
        return jdbc.one(LOGGED, rs -> 1, memberId, message(step, memberId, itemCode), stamp).isPresent();
    }

    private static String action(Step step) {
        return switch (step) {
            case LOAN -> "Add";
            case RETURN -> "Return";
            case RENEWAL -> "Extended";
        };
    }

    private String message(Step step, String memberId, String itemCode) {
        return switch (step) {
            case LOAN -> staffName + " insert new loan (" + itemCode + ") for member (" + memberId + ")";
            case RETURN -> staffName + " return item " + itemCode + " for member (" + memberId + ")";
            case RENEWAL -> staffName + " extend loan for item " + itemCode + " for member (" + memberId + ")";
        };
    }
}
