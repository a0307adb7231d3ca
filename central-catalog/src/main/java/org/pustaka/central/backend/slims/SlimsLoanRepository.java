package org.pustaka.central.backend.slims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.pustaka.central.backend.Loan;
import org.pustaka.central.backend.LoanWriter;
import org.pustaka.central.backend.Loans;

/**
 * SLiMS's {@code loan} table. Writes are what SLiMS's desk writes (its triggers fill {@code loan_history});
 * "open" is {@code is_lent=1 AND is_return=0}, never {@code return_date IS NULL}, which renewals set.
 */
final class SlimsLoanRepository implements Loans, LoanWriter {

    private static final String COLUMNS = """
            SELECT l.loan_id, l.item_code, l.member_id, l.loan_date, l.due_date, l.renewed, l.loan_rules_id,
                   l.is_return, l.return_date, l.last_update, b.title
              FROM loan l
              LEFT JOIN item i ON i.item_code = l.item_code
              LEFT JOIN biblio b ON b.biblio_id = i.biblio_id
            """;
    private static final String OPEN_OF_ITEM = COLUMNS
            + " WHERE l.item_code = ? AND l.is_lent = 1 AND l.is_return = 0 ORDER BY l.loan_id LIMIT 1";
    private static final String OPEN_OF_MEMBER = COLUMNS
            + " WHERE l.member_id = ? AND l.is_lent = 1 AND l.is_return = 0 ORDER BY l.loan_id";
    private static final String BY_ID = COLUMNS + " WHERE l.loan_id = ?";
    private static final String WRITTEN = COLUMNS
            + " WHERE l.item_code = ? AND l.member_id = ? AND l.input_date = ? AND l.uid = ? ORDER BY l.loan_id LIMIT 1";
    private static final String COUNT_ALL =
            "SELECT COUNT(*) FROM loan WHERE member_id = ? AND is_lent = 1 AND is_return = 0";
    private static final String COUNT_RULE = COUNT_ALL + " AND loan_rules_id = ?";
    private static final String LEND = """
            INSERT INTO loan (item_code, member_id, loan_date, due_date, renewed, loan_rules_id, is_lent, is_return,
                              input_date, last_update, uid)
            VALUES (?, ?, ?, ?, 0, ?, 1, 0, ?, ?, ?)""";
    private static final String RETURN = """
            UPDATE loan SET is_return = 1, return_date = ?, last_update = ?
             WHERE loan_id = ? AND is_lent = 1 AND is_return = 0""";
    private static final String RENEW = """
            UPDATE loan SET renewed = renewed + 1, due_date = ?, is_return = 0, return_date = ?, last_update = ?
             WHERE loan_id = ? AND renewed = ? AND is_lent = 1 AND is_return = 0""";

    private final Jdbc jdbc;
    private final int staffUid;

    SlimsLoanRepository(Jdbc jdbc, int staffUid) {
        this.jdbc = jdbc;
        this.staffUid = staffUid;
    }

    @Override
    public Optional<Loan> openLoanOf(String itemCode) {
        return jdbc.one(OPEN_OF_ITEM, SlimsLoanRepository::loan, itemCode);
    }

    @Override
    public List<Loan> openLoansOf(String memberId) {
        return jdbc.list(OPEN_OF_MEMBER, SlimsLoanRepository::loan, memberId);
    }

    @Override
    public int countOpen(String memberId, int ruleId) {
        return ruleId == 0
                ? jdbc.one(COUNT_ALL, rs -> rs.getInt(1), memberId).orElse(0)
                : jdbc.one(COUNT_RULE, rs -> rs.getInt(1), memberId, ruleId).orElse(0);
    }

    @Override
    public Optional<Loan> byId(long loanId) {
        return jdbc.one(BY_ID, SlimsLoanRepository::loan, loanId);
    }

    @Override
    public Optional<Loan> findWritten(String itemCode, String memberId, LocalDateTime stamp) {
        return jdbc.one(WRITTEN, SlimsLoanRepository::loan, itemCode, memberId, stamp, staffUid);
    }

    @Override
    public long lend(String itemCode, String memberId, LocalDate loanDate, LocalDate dueDate, int ruleId,
                     LocalDateTime stamp) {
        return jdbc.insert(LEND, itemCode, memberId, loanDate, dueDate, ruleId, stamp, stamp, staffUid);
    }

    @Override
    public boolean markReturned(long loanId, LocalDate returnDate, LocalDateTime stamp) {
        return jdbc.update(RETURN, returnDate, stamp, loanId) == 1;
    }

    @Override
    public boolean renew(long loanId, int renewedBefore, LocalDate newDueDate, LocalDate renewalDate,
                         LocalDateTime stamp) {
        return jdbc.update(RENEW, newDueDate, renewalDate, stamp, loanId, renewedBefore) == 1;
    }

    private static Loan loan(ResultSet rs) throws SQLException {
        return new Loan(rs.getLong("loan_id"), rs.getString("item_code"), rs.getString("member_id"),
                Jdbc.date(rs, "loan_date"), Jdbc.date(rs, "due_date"), rs.getInt("renewed"), rs.getInt("loan_rules_id"),
                rs.getInt("is_return") == 1, Jdbc.date(rs, "return_date"), Jdbc.dateTime(rs, "last_update"),
                rs.getString("title"));
    }
}
