package org.pustaka.central.backend.slims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.pustaka.central.backend.Item;
import org.pustaka.central.backend.Items;
import org.pustaka.central.circulation.ItemStatus;

/**
 * SLiMS's {@code item} with its {@code biblio}, {@code mst_item_status}, {@code mst_coll_type} and
 * {@code mst_location} rows. Read only: SLiMS's circulation never touches the item row either.
 */
final class SlimsItemRepository implements Items {

    private static final String FIND = """
            SELECT i.item_code, i.biblio_id, b.title, i.coll_type_id, b.gmd_id, i.item_status_id, s.no_loan,
                   ct.coll_type_name, loc.location_name
              FROM item i
              JOIN biblio b ON b.biblio_id = i.biblio_id
              LEFT JOIN mst_item_status s ON s.item_status_id = i.item_status_id
              LEFT JOIN mst_coll_type ct ON ct.coll_type_id = i.coll_type_id
              LEFT JOIN mst_location loc ON loc.location_id = i.location_id
             WHERE i.item_code = ?""";

    private final Jdbc jdbc;

    SlimsItemRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Item> find(String itemCode) {
        if (!SlimsText.fits(itemCode, 20)) {
            return Optional.empty();
        }
        return jdbc.one(FIND, SlimsItemRepository::item, itemCode);
    }

    private static Item item(ResultSet rs) throws SQLException {
        String status = rs.getString("item_status_id");
        // SLiMS lends an item whose status is '0', empty or unknown; only a status row with no_loan > 0 forbids it.
        boolean forLoan = rs.getInt("no_loan") <= 0;
        return new Item(rs.getString("item_code"), rs.getLong("biblio_id"), rs.getString("title"),
                rs.getInt("coll_type_id"), rs.getInt("gmd_id"), forLoan, shelfStatus(status),
                rs.getString("coll_type_name"), rs.getString("location_name"));
    }

    /** SLiMS's default statuses: MIS (Missing), R (Repair); NL (No Loan) and others stay on the shelf. */
    private static ItemStatus shelfStatus(String statusId) {
        if (statusId == null) {
            return ItemStatus.AVAILABLE;
        }
        return switch (statusId.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "MIS" -> ItemStatus.MISSING;
            case "R" -> ItemStatus.OTHER;
            default -> ItemStatus.AVAILABLE;
        };
    }
}
