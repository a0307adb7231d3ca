package org.pustaka.central.staff;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.pustaka.central.store.Tx;

/**
 * Keeps {@code statistics_loan}, the service's indexed copy of the library system's loans, caught up: before
 * Statistik counts, it reads the loans above the highest id copied (a primary-key range in the library system,
 * nothing when no loan was made since) in pages of {@link #PAGE}. Replicas that catch up at once insert the same
 * rows; {@code INSERT IGNORE} keeps one. A loan edited in the library system after it was copied keeps the
 * copied date and types. Member numbers are kept only as a hash, to count members who borrowed.
 */
final class StatisticsLoanCopy {
    static final int PAGE = 5000;

    private final Tx tx;
    private final StatisticsLoans loans;

    StatisticsLoanCopy(Tx tx, StatisticsLoans loans) {
        this.tx = tx;
        this.loans = loans;
    }

    /** Copies every loan made since the last call; answers how many. */
    long catchUp() throws SQLException {
        long copied = 0;
        long last = tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(loan_id), 0) FROM statistics_loan");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        while (true) {
            List<StatisticsLoans.LoanFact> page = loans.loansAfter(last, PAGE);
            if (page.isEmpty()) {
                return copied;
            }
            insert(page);
            copied += page.size();
            last = page.get(page.size() - 1).loanId();
            if (page.size() < PAGE) {
                return copied;
            }
        }
    }

    private void insert(List<StatisticsLoans.LoanFact> page) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO statistics_loan (loan_id, loan_date, item_code, member_key,"
                + " kiosk, collection_type, member_type) VALUES ");
        for (int i = 0; i < page.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?)");
        }
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int n = 1;
                for (StatisticsLoans.LoanFact f : page) {
                    ps.setLong(n++, f.loanId());
                    ps.setObject(n++, f.loanDate());
                    ps.setString(n++, f.itemCode());
                    ps.setLong(n++, memberKey(f.memberId()));
                    ps.setBoolean(n++, f.kiosk());
                    ps.setString(n++, f.collectionType());
                    ps.setString(n++, f.memberType());
                }
                return ps.executeUpdate();
            }
        });
    }

    /** The first 8 bytes of the member number's SHA-256: distinct members stay distinct, the number is not kept. */
    static long memberKey(String memberId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(memberId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
