package org.pustaka.central.backend.slims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pustaka.central.backend.Item;
import org.pustaka.central.backend.LibraryCalendar;
import org.pustaka.central.backend.LibrarySettings;
import org.pustaka.central.backend.Loan;
import org.pustaka.central.backend.LoanTerms;
import org.pustaka.central.backend.Member;
import org.pustaka.central.backend.Rules;

/**
 * SLiMS's {@code mst_loan_rules} and {@code holiday} tables, chosen the way SLiMS's desk chooses them:
 * member type + collection type + GMD, then member type + collection type, then member type + GMD, leaving
 * a zero attribute out of the match (so a rule saying 0 = "ALL" never matches an item that has the
 * attribute). SLiMS takes the first row the server returns; this takes the lowest rule id, which is the
 * same on a MyISAM table that was never reorganised. Weekly days off are the lower-case day names SLiMS's
 * holiday page stores ({@code mon}..{@code sun}); dated holidays are the latest 365, as SLiMS loads them.
 */
final class SlimsRuleRepository implements Rules {

    private static final String RULE_COLUMNS =
            "SELECT loan_rules_id, loan_limit, loan_periode, reborrow_limit, fine_each_day, grace_periode FROM mst_loan_rules";
    private static final String RULE_BY_ID = RULE_COLUMNS + " WHERE loan_rules_id = ?";
    private static final String RENEWAL_LIMIT = """
            SELECT reborrow_limit FROM mst_loan_rules
             WHERE member_type_id = ? AND coll_type_id = ? AND reborrow_limit IS NOT NULL
             ORDER BY loan_rules_id LIMIT 1""";
    private static final String WEEKLY = "SELECT holiday_dayname FROM holiday WHERE holiday_date IS NULL";
    private static final String DATED = """
            SELECT holiday_date FROM holiday WHERE holiday_date IS NOT NULL ORDER BY holiday_date DESC LIMIT 365""";
    private static final Map<String, DayOfWeek> DAY_NAMES = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    private final Jdbc jdbc;
    private final LibrarySettings settings;

    SlimsRuleRepository(Jdbc jdbc, LibrarySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public LoanTerms termsFor(Member member, Item item) {
        int coll = item.collectionTypeId();
        int gmd = item.gmdId();
        if (coll == 0 && gmd == 0) {
            return member.typeTerms();
        }
        return firstRule(member.memberTypeId(), coll, gmd)
                .or(() -> firstRule(member.memberTypeId(), coll, 0))
                .or(() -> firstRule(member.memberTypeId(), 0, gmd))
                .orElse(member.typeTerms());
    }

    @Override
    public LoanTerms termsOf(Member member, Loan loan) {
        if (loan.ruleId() == 0) {
            return member.typeTerms();
        }
        return jdbc.one(RULE_BY_ID, SlimsRuleRepository::terms, loan.ruleId()).orElse(member.typeTerms());
    }

    @Override
    public int renewalLimit(Member member, Item item) {
        return jdbc.one(RENEWAL_LIMIT, rs -> rs.getInt(1), member.memberTypeId(), item.collectionTypeId())
                .orElse(member.typeTerms().reborrowLimit());
    }

    @Override
    public LibraryCalendar calendar() {
        Set<DayOfWeek> weekly = EnumSet.noneOf(DayOfWeek.class);
        for (String name : jdbc.list(WEEKLY, rs -> rs.getString(1))) {
            // SLiMS compares the stored name with a lower-case day name, case and all.
            DayOfWeek day = name == null ? null : DAY_NAMES.get(name);
            if (day != null) {
                weekly.add(day);
            }
        }
        Set<LocalDate> dated = new HashSet<>(jdbc.list(DATED, rs -> Jdbc.date(rs, "holiday_date")));
        return new LibraryCalendar(weekly, dated);
    }

    @Override
    public LibrarySettings settings() {
        return settings;
    }

    /** The first rule for the member type, matching only on the attributes that are not zero. */
    private Optional<LoanTerms> firstRule(int memberTypeId, int collTypeId, int gmdId) {
        StringBuilder sql = new StringBuilder(RULE_COLUMNS).append(" WHERE member_type_id = ?");
        List<Object> params = new ArrayList<>(List.of(memberTypeId));
        if (collTypeId != 0) {
            sql.append(" AND coll_type_id = ?");
            params.add(collTypeId);
        }
        if (gmdId != 0) {
            sql.append(" AND gmd_id = ?");
            params.add(gmdId);
        }
        sql.append(" ORDER BY loan_rules_id LIMIT 1");
        return jdbc.one(sql.toString(), SlimsRuleRepository::terms, params.toArray());
    }

    private static LoanTerms terms(ResultSet rs) throws SQLException {
        return new LoanTerms(rs.getInt("loan_rules_id"), rs.getInt("loan_limit"), rs.getInt("loan_periode"),
                rs.getInt("reborrow_limit"), rs.getLong("fine_each_day"), rs.getInt("grace_periode"));
    }
}
