package org.pustaka.central.staff;

import java.util.List;
import java.util.Map;

/**
 * Today's figures from the kiosks' transaction reports: per kiosk and per hour of the library's day, each as
 * {@code [loans, returns, renewals, refusals]}; the tiles and the alerts (message key and argument).
 */
public record Today(Map<String, int[]> perKiosk, int[][] perHour, int[] total, List<KioskTile> kiosks,
                    List<Alert> alerts) {

    /** An alert for the staff: a bundle key and the kiosk (and figure) it names. */
    public record Alert(String key, String kioskId, long figure) {
    }

    public long online() {
        return kiosks.stream().filter(KioskTile::online).count();
    }

    public String hourJson(int column) {
        StringBuilder b = new StringBuilder("[");
        for (int h = 0; h < perHour.length; h++) {
            b.append(h == 0 ? "" : ",").append(perHour[h][column]);
        }
        return b.append(']').toString();
    }
}
