package org.pustaka.kiosk.circulation;

/** What one replay of the offline queue did: sent (or found already there), refused (flagged), still waiting. */
public record ReplaySummary(int replayed, int refused, int left) {
}
