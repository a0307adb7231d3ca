package org.pustaka.central.backend.slims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.pustaka.central.backend.Reservation;
import org.pustaka.central.backend.Reservations;

/** SLiMS's {@code reserve} table: one row per member waiting for an item; a loan to that member removes it. */
final class SlimsReserveRepository implements Reservations {

    private static final String COLUMNS = """
            SELECT r.member_id, r.item_code, r.reserve_date, b.title
              FROM reserve r LEFT JOIN biblio b ON b.biblio_id = r.biblio_id
            """;
    private static final String QUEUE = COLUMNS + " WHERE r.item_code = ? ORDER BY r.reserve_date, r.reserve_id";
    private static final String OF_MEMBER = COLUMNS + " WHERE r.member_id = ? ORDER BY r.reserve_date, r.reserve_id";
    private static final String FULFIL = "DELETE FROM reserve WHERE member_id = ? AND item_code = ?";

    private final Jdbc jdbc;

    SlimsReserveRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Reservation> queueFor(String itemCode) {
        return jdbc.list(QUEUE, SlimsReserveRepository::reservation, itemCode);
    }

    @Override
    public List<Reservation> ofMember(String memberId) {
        return jdbc.list(OF_MEMBER, SlimsReserveRepository::reservation, memberId);
    }

    @Override
    public void fulfil(String memberId, String itemCode) {
        jdbc.update(FULFIL, memberId, itemCode);
    }

    private static Reservation reservation(ResultSet rs) throws SQLException {
        return new Reservation(rs.getString("member_id"), rs.getString("item_code"), Jdbc.dateTime(rs, "reserve_date"),
                rs.getString("title"));
    }
}
