package org.pustaka.central.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pustaka.central.store.Tx;

/**
 * Beranda's figures for the library's current day: counted from {@code transaction_report} (completed steps, see {@link Outcomes}, by
 * type; any other outcome is a refusal) and the kiosks' latest heartbeats. Blocks on the database.
 */
public final class Dashboard {
    public static final Duration AMBER_AFTER = Duration.ofMinutes(3);
    public static final Duration RED_AFTER = Duration.ofMinutes(10);
    public static final int OUTBOX_ALERT = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tx tx;
    private final Clock clock;
    private final ZoneId zone;

    public Dashboard(Tx tx, Clock clock, ZoneId zone) {
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    public Today today() throws SQLException {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, zone);
        Map<String, int[]> perKiosk = new TreeMap<>();
        int[][] perHour = new int[24][4];
        int[] total = new int[4];
        tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kiosk_id, type, outcome, offline, occurred_at FROM transaction_report"
                    + " WHERE occurred_at >= ? AND occurred_at < ?")) {
                ps.setTimestamp(1, Timestamp.from(day.atStartOfDay(zone).toInstant()));
                ps.setTimestamp(2, Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Outcomes.Count counted = Outcomes.of(rs.getString("outcome"), rs.getBoolean("offline"));
                        if (counted == Outcomes.Count.NOT_YET) {
                            continue;
                        }
                        int col = column(rs.getString("type"), counted);
                        int hour = rs.getTimestamp("occurred_at").toInstant().atZone(zone).getHour();
                        perKiosk.computeIfAbsent(rs.getString("kiosk_id"), k -> new int[4])[col]++;
                        perHour[hour][col]++;
                        total[col]++;
                    }
                }
            }
            return null;
        });
        List<KioskTile> tiles = tiles(now);
        return new Today(perKiosk, perHour, total, tiles, alerts(tiles));
    }

    private static int column(String type, Outcomes.Count counted) {
        if (counted != Outcomes.Count.COMPLETED) {
            return 3;
        }
        return switch (type) {
            case "CHECKOUT" -> 0;
            case "CHECKIN" -> 1;
            default -> 2;
        };
    }

    private List<KioskTile> tiles(Instant now) throws SQLException {
        return tx.read(c -> {
            List<KioskTile> tiles = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT k.kiosk_id, k.version, h.received_at, h.version AS hv,"
                    + " h.outbox_depth, h.last_error, h.devices_json FROM kiosk k"
                    + " LEFT JOIN kiosk_heartbeat h ON h.kiosk_id = k.kiosk_id ORDER BY k.kiosk_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp("received_at");
                    Duration age = at == null ? null : Duration.between(at.toInstant(), now);
                    String version = at == null ? rs.getString("version") : rs.getString("hv");
                    tiles.add(new KioskTile(rs.getString("kiosk_id"), age, version, rs.getInt("outbox_depth"),
                            at == null ? "" : rs.getString("last_error"), printerTrouble(rs.getString("devices_json"))));
                }
            }
            return tiles;
        });
    }

    /** The printer's detail (or state) when the kiosk reports it not OK, e.g. out of paper; else null. */
    static String printerTrouble(String devicesJson) {
        if (devicesJson == null || devicesJson.isBlank()) {
            return null;
        }
        try {
            for (JsonNode d : JSON.readTree(devicesJson)) {
                if ("printer".equals(d.path("device").asText()) && !"OK".equals(d.path("state").asText())) {
                    String detail = d.path("detail").asText("");
                    return detail.isBlank() ? d.path("state").asText() : detail;
                }
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return null;
    }

    private static List<Today.Alert> alerts(List<KioskTile> tiles) {
        List<Today.Alert> alerts = new ArrayList<>();
        for (KioskTile t : tiles) {
            if (!t.online()) {
                alerts.add(new Today.Alert(t.ageMinutes() < 0 ? "alert.never" : "alert.offline", t.kioskId(), t.ageMinutes()));
            }
            if (t.printerTrouble() != null) {
                alerts.add(new Today.Alert("alert.printer", t.kioskId(), 0));
            }
            if (t.outboxDepth() >= OUTBOX_ALERT) {
                alerts.add(new Today.Alert("alert.outbox", t.kioskId(), t.outboxDepth()));
            }
        }
        return alerts;
    }
}
