package org.pustaka.central.backend.slims;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Whether a SLiMS database has everything the service reads and writes: the tables and columns, the three
 * loan_history triggers, and the staff user the service writes as. For the {@code check} command; reads the
 * database's catalogue only, changes nothing.
 */
public final class SlimsSchemaCheck {

    /** The outcome: {@code missing} lists what stops the service; {@code notes} what an operator should know. */
    public record Report(boolean compatible, List<String> missing, List<String> notes) {
    }

    /** Every column the service names in a statement, by table. */
    static final Map<String, List<String>> COLUMNS = columns();
    static final Set<String> TRIGGERS = Set.of("insert_loan_history", "update_loan_history", "delete_loan_history");

    private static final String TABLE_COLUMNS = """
            SELECT LOWER(column_name) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?""";
    private static final String ENGINE = """
            SELECT engine FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'loan'""";
    private static final String LOAN_TRIGGERS = """
            SELECT LOWER(trigger_name) FROM information_schema.triggers
             WHERE trigger_schema = DATABASE() AND event_object_table = 'loan'""";

    /** MariaDB's answers to {@code SHOW CREATE TRIGGER}: the trigger exists but is not ours to read, or it does not exist. */
    private static final Set<Integer> TRIGGER_NOT_READABLE = Set.of(1142, 1227);
    private static final int NO_SUCH_TRIGGER = 1360;

    private final DataSource dataSource;

    public SlimsSchemaCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Checks the database; {@code staffUsername} is the staff user the service is configured to write as. */
    public Report check(String staffUsername) {
        List<String> missing = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            Jdbc jdbc = new Jdbc(c);
            COLUMNS.forEach((table, wanted) -> {
                Set<String> present = Set.copyOf(jdbc.list(TABLE_COLUMNS, rs -> rs.getString(1), table));
                if (present.isEmpty()) {
                    missing.add("table " + table);
                } else {
                    wanted.stream().filter(col -> !present.contains(col))
                            .forEach(col -> missing.add("column " + table + "." + col));
                }
            });
            Set<String> triggers = Set.copyOf(jdbc.list(LOAN_TRIGGERS, rs -> rs.getString(1)));
            List<String> unreadable = new ArrayList<>();
            for (String trigger : TRIGGERS.stream().sorted().filter(t -> !triggers.contains(t)).toList()) {
                if (existsUnreadable(c, trigger)) {
                    unreadable.add(trigger);
                } else {
                    missing.add("trigger " + trigger);
                }
            }
            if (!unreadable.isEmpty()) {
                notes.add("triggers " + String.join(", ", unreadable) + " exist; this account cannot read them"
                        + " (no TRIGGER privilege on loan, which the service does not need)");
            }
            if (missing.stream().noneMatch(m -> m.equals("table user"))
                    && new SlimsStaffRepository(jdbc).find(staffUsername).isEmpty()) {
                missing.add("staff user '" + staffUsername + "' in table user");
            }
            if (missing.stream().noneMatch(m -> m.startsWith("table setting") || m.startsWith("column setting"))) {
                SlimsSettingRepository settings = new SlimsSettingRepository(jdbc);
                notes.add("time zone " + settings.string("timezone").filter(s -> !s.isBlank())
                        .orElse(SlimsSettingRepository.DEFAULT_ZONE + " (SLiMS's default; no timezone setting)"));
            }
            jdbc.one(ENGINE, rs -> rs.getString(1)).ifPresent(engine -> notes.add("loan table engine "
                    + engine + (engine.toLowerCase(Locale.ROOT).equals("innodb") ? "" : " (no transactions: the"
                    + " service serialises each item with a named lock)")));
        } catch (SQLException | RuntimeException e) {
            missing.add("a connection to the SLiMS database (" + e.getMessage() + ")");
        }
        return new Report(missing.isEmpty(), List.copyOf(missing), List.copyOf(notes));
    }

    /**
     * MariaDB lists a trigger in information_schema only to an account with the TRIGGER privilege on its table,
     * which the service's account rightly lacks; {@code SHOW CREATE TRIGGER} still tells "denied" (it exists)
     * from "does not exist". A trigger the account can read but that was not listed is on another table.
     */
    private static boolean existsUnreadable(Connection c, String trigger) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SHOW CREATE TRIGGER " + trigger).close(); // a name from TRIGGERS, never input
            return false;
        } catch (SQLException e) {
            if (TRIGGER_NOT_READABLE.contains(e.getErrorCode())) {
                return true;
            }
            if (e.getErrorCode() == NO_SUCH_TRIGGER) {
                return false;
            }
            throw e;
        }
    }

    private static Map<String, List<String>> columns() {
        Map<String, String> spec = new LinkedHashMap<>();
        spec.put("member", "member_id member_name member_type_id expire_date is_pending mpasswd inst_name");
        spec.put("mst_member_type", "member_type_id member_type_name loan_limit loan_periode reborrow_limit fine_each_day grace_periode");
        spec.put("item", "item_code biblio_id coll_type_id item_status_id location_id call_number");
        spec.put("biblio", "biblio_id title gmd_id call_number classification language_id");
        spec.put("mst_item_status", "item_status_id no_loan");
        spec.put("mst_coll_type", "coll_type_id coll_type_name");
        spec.put("mst_location", "location_id location_name");
        spec.put("mst_gmd", "gmd_id gmd_name");
        spec.put("mst_language", "language_id language_name");
        spec.put("mst_loan_rules", "loan_rules_id member_type_id coll_type_id gmd_id loan_limit loan_periode reborrow_limit fine_each_day grace_periode");
        spec.put("loan", "loan_id item_code member_id loan_date due_date renewed loan_rules_id is_lent is_return return_date input_date last_update uid");
        spec.put("loan_history", "loan_id item_code biblio_id title member_id member_name member_type_name loan_date due_date renewed is_lent is_return return_date");
        spec.put("reserve", "member_id biblio_id item_code reserve_date");
        spec.put("fines", "fines_date member_id debet credit description");
        spec.put("holiday", "holiday_dayname holiday_date");
        spec.put("setting", "setting_name setting_value");
        spec.put("visitor_count", "member_id member_name institution room_code checkin_date");
        spec.put("system_log", "log_type id log_location sub_module action log_msg log_date");
        spec.put("user", "user_id username realname");
        return spec.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> List.of(e.getValue().split(" ")), (a, b) -> a, LinkedHashMap::new));
    }
}
