package org.pustaka.central.backend.slims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.pustaka.central.backend.LoanTerms;
import org.pustaka.central.backend.Member;
import org.pustaka.central.backend.Members;

/** SLiMS's {@code member} and {@code mst_member_type} tables (read only: the service never edits members). */
final class SlimsMemberRepository implements Members {

    private static final String FIND = """
            SELECT m.member_id, m.member_name, m.member_type_id, m.expire_date, m.is_pending, m.mpasswd, m.inst_name,
                   t.member_type_name, t.loan_limit, t.loan_periode, t.reborrow_limit, t.fine_each_day, t.grace_periode
              FROM member m LEFT JOIN mst_member_type t ON t.member_type_id = m.member_type_id
             WHERE m.member_id = ?""";

    private final Jdbc jdbc;

    SlimsMemberRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Member> find(String memberId) {
        if (!SlimsText.fits(memberId, 20)) {
            return Optional.empty();
        }
        return jdbc.one(FIND, SlimsMemberRepository::member, memberId);
    }

    private static Member member(ResultSet rs) throws SQLException {
        LoanTerms typeTerms = new LoanTerms(0, rs.getInt("loan_limit"), rs.getInt("loan_periode"),
                rs.getInt("reborrow_limit"), rs.getLong("fine_each_day"), rs.getInt("grace_periode"));
        String typeName = rs.getString("member_type_name");
        return new Member(rs.getString("member_id"), rs.getString("member_name"), rs.getInt("member_type_id"),
                typeName == null ? "" : typeName, Jdbc.date(rs, "expire_date"), rs.getInt("is_pending") == 1,
                rs.getString("mpasswd"), rs.getString("inst_name"), typeTerms);
    }
}
